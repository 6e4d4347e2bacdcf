"""Passport-style photos: proved to be an image by decoding it, normalised to a badge JPEG.

Never trust the file name or the MIME type: Pillow decodes the bytes, restricted to JPEG, PNG
and WebP. EXIF orientation is applied, every piece of metadata dropped, the picture cropped to
the badge's 3:4 portrait and re-encoded as JPEG at badge resolution (at most 600 x 800).
A failed submission keeps the processed photo in the form as a signed hidden value, so the
delegate does not upload it again and nothing is written to disk or database.
"""

import base64
import hashlib
import io
import warnings
from dataclasses import dataclass

from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, Signer
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
MIN_WIDTH, MIN_HEIGHT = 300, 400
BADGE_WIDTH, BADGE_HEIGHT = 600, 800
MAX_PIXELS = 40_000_000  # 40 megapixels: more is a decompression bomb, not a photo
# Signatures of formats we recognise but do not accept, for a clearer message.
OTHER_IMAGE_MAGIC = (
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
    b"\x00\x00\x00\x0cjP",
)


class PhotoError(Exception):
    def __init__(self, message, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


@dataclass
class ProcessedPhoto:
    content: bytes
    width: int
    height: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    def data_url(self) -> str:
        return "data:image/jpeg;base64," + base64.b64encode(self.content).decode()


def _too_large() -> PhotoError:
    megabytes = current_app.config["PHOTO_MAX_BYTES"] // (1024 * 1024)
    return PhotoError(
        _l("The photo file is larger than %(mb)d MB. Choose a smaller one.", mb=megabytes),
        "photo_file_too_large",
    )


def process_photo(data: bytes) -> ProcessedPhoto:
    if not data:
        raise PhotoError(_l("The photo file is empty."), "photo_empty")
    if len(data) > current_app.config["PHOTO_MAX_BYTES"]:
        raise _too_large()
    bomb = PhotoError(
        _l(
            "The picture has too many pixels to be a photo (more than %(mp)d megapixels). "
            "Use a smaller picture.",
            mp=MAX_PIXELS // 1_000_000,
        ),
        "photo_too_many_pixels",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise bomb
            if getattr(image, "n_frames", 1) > 1 or getattr(image, "is_animated", False):
                raise PhotoError(
                    _l("The picture is animated. Choose a still photo."), "photo_animated"
                )
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise bomb from error
        except UnidentifiedImageError as error:
            if data.startswith(OTHER_IMAGE_MAGIC):
                raise PhotoError(
                    _l("Photos must be JPEG, PNG or WebP files. Save the picture as JPEG."),
                    "photo_format",
                ) from error
            raise PhotoError(
                _l("This file is not a picture we can read. Choose a JPEG, PNG or WebP photo."),
                "photo_not_image",
            ) from error
        except (OSError, SyntaxError, ValueError) as error:
            raise PhotoError(
                _l("The picture file is damaged or incomplete. Choose another one."),
                "photo_damaged",
            ) from error
    image = ImageOps.exif_transpose(image)
    if image.width < MIN_WIDTH or image.height < MIN_HEIGHT:
        raise PhotoError(
            _l(
                "The photo is too small (%(w)d x %(h)d pixels). It needs at least %(mw)d pixels "
                "across and %(mh)d pixels down.",
                w=image.width,
                h=image.height,
                mw=MIN_WIDTH,
                mh=MIN_HEIGHT,
            ),
            "photo_too_small",
        )
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    else:
        image = image.convert("RGB")
    # Crop to 3:4 portrait around the centre, then shrink to badge resolution.
    image = ImageOps.fit(
        image,
        _fit_size(image.width, image.height),
        method=Image.Resampling.LANCZOS,
        centering=(0.5, 0.4),
    )
    # Pillow writes back what the decoder left in info (a JPEG comment survives otherwise):
    # the badge keeps the pixels only, no comment, EXIF, XMP or ICC profile.
    image.info = {}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    return ProcessedPhoto(out.getvalue(), image.width, image.height)


def _fit_size(width: int, height: int) -> tuple[int, int]:
    """The largest 3:4 size within the picture, at most badge resolution."""
    crop_w = min(width, height * 3 // 4)
    crop_h = crop_w * 4 // 3
    if crop_w > BADGE_WIDTH:
        return BADGE_WIDTH, BADGE_HEIGHT
    return crop_w, crop_h


def _signer() -> Signer:
    return Signer(current_app.secret_key, salt="kept-photo")


def keep_photo(photo: ProcessedPhoto) -> str:
    """A signed hidden-field value that brings the processed photo back with the next post."""
    return _signer().sign(base64.urlsafe_b64encode(photo.content)).decode()


def restore_photo(value: str | None) -> ProcessedPhoto | None:
    if not value:
        return None
    try:
        content = base64.urlsafe_b64decode(_signer().unsign(value.encode()))
    except (BadSignature, ValueError):
        return None
    with Image.open(io.BytesIO(content), formats=("JPEG",)) as image:
        return ProcessedPhoto(content, image.width, image.height)
