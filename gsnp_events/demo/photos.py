"""Demo portraits: simple drawn passport-style pictures, so that demo badges show a photo.

Deterministic (seeded by the registration's e-mail address), 300 x 400 JPEG like the photos
the registration form stores (3:4 portrait), about 8 KB each. They are drawings, not people.
"""

import hashlib
import io
import random
from collections.abc import Iterable

from PIL import Image, ImageDraw
from sqlalchemy import select

from ..extensions import db
from ..models import Photo, Registration

WIDTH, HEIGHT = 300, 400
BACKGROUNDS = [(226, 232, 240), (236, 239, 241), (220, 230, 242), (240, 236, 228), (230, 238, 230)]
SKIN = [
    (255, 219, 172),
    (241, 194, 125),
    (224, 172, 105),
    (198, 134, 66),
    (141, 85, 36),
    (92, 56, 34),
]
HAIR = [(20, 20, 20), (45, 30, 20), (80, 50, 30), (120, 90, 60), (150, 150, 150), (60, 40, 30)]
CLOTHES = [(31, 95, 168), (55, 71, 79), (122, 31, 92), (46, 125, 50), (90, 90, 100), (20, 40, 70)]
SCARVES = [(120, 30, 60), (30, 80, 120), (70, 90, 60), (40, 40, 40), (150, 110, 60)]


def portrait(seed: str) -> bytes:
    """A head-and-shoulders drawing on a plain background, as a JPEG."""
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    image = Image.new("RGB", (WIDTH, HEIGHT), rng.choice(BACKGROUNDS))
    draw = ImageDraw.Draw(image)
    skin, hair, clothes = rng.choice(SKIN), rng.choice(HAIR), rng.choice(CLOTHES)
    cx = WIDTH // 2 + rng.randint(-8, 8)
    head_w, head_h = rng.randint(104, 124), rng.randint(134, 152)
    top = rng.randint(78, 96)
    # Shoulders and neck.
    draw.ellipse((cx - 150, 300, cx + 150, 520), fill=clothes)
    draw.rectangle((cx - 26, top + head_h - 20, cx + 26, 320), fill=skin)
    scarf = rng.random() < 0.2
    if scarf:
        colour = rng.choice(SCARVES)
        draw.ellipse(
            (cx - head_w // 2 - 26, top - 26, cx + head_w // 2 + 26, top + head_h + 60), fill=colour
        )
        draw.polygon(
            [(cx - 90, top + head_h), (cx + 90, top + head_h), (cx + 130, 360), (cx - 130, 360)],
            fill=colour,
        )
    elif rng.random() < 0.85:
        draw.ellipse(
            (cx - head_w // 2 - 8, top - 14, cx + head_w // 2 + 8, top + head_h // 2 + 20),
            fill=hair,
        )
    # Face, eyes, brows, mouth.
    draw.ellipse((cx - head_w // 2, top, cx + head_w // 2, top + head_h), fill=skin)
    if not scarf and rng.random() < 0.7:
        draw.chord(
            (cx - head_w // 2 - 2, top - 6, cx + head_w // 2 + 2, top + head_h // 2),
            180,
            360,
            fill=hair,
        )
    eye_y = top + head_h * 0.45
    for side in (-1, 1):
        ex = cx + side * head_w * 0.2
        draw.ellipse((ex - 7, eye_y - 5, ex + 7, eye_y + 5), fill=(250, 250, 250))
        draw.ellipse((ex - 4, eye_y - 4, ex + 4, eye_y + 4), fill=(40, 30, 25))
        draw.line((ex - 10, eye_y - 13, ex + 10, eye_y - 14), fill=hair, width=4)
    mouth_y = top + head_h * 0.76
    draw.arc((cx - 20, mouth_y - 10, cx + 20, mouth_y + 8), 20, 160, fill=(150, 70, 60), width=3)
    draw.line((cx, eye_y + 10, cx - 4, eye_y + 32), fill=tuple(int(c * 0.8) for c in skin), width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def add_demo_photos(registrations: Iterable[Registration], share: float = 0.9) -> int:
    """Give ``share`` of the registrations (chosen by a fixed rule) a drawn photo, unless they
    have one. The registrations must have ids (flush first). Returns how many were added."""
    registrations = [r for r in registrations if r.id is not None]
    have = set(
        db.session.scalars(
            select(Photo.registration_id).where(
                Photo.registration_id.in_([r.id for r in registrations])
            )
        )
    )
    added = 0
    for registration in registrations:
        seed = registration.email_normalised or str(registration.id)
        if registration.id in have or random.Random(seed).random() >= share:
            continue
        content = portrait(seed)
        db.session.add(
            Photo(
                registration_id=registration.id,
                content=content,
                width=WIDTH,
                height=HEIGHT,
                sha256=hashlib.sha256(content).hexdigest(),
            )
        )
        added += 1
    return added
