"""Countries: ISO 3166-1 with UN M49 regions and Non-Aligned Movement status."""

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db


class Country(db.Model):
    __tablename__ = "countries"
    __table_args__ = (
        CheckConstraint("nam_status IN ('member', 'observer')", name="nam_status_valid"),
    )

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    m49: Mapped[str] = mapped_column(String(3))
    name: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(50))
    subregion: Mapped[str | None] = mapped_column(String(50))
    intermediate_region: Mapped[str | None] = mapped_column(String(50))
    nam_status: Mapped[str | None] = mapped_column(String(10))
    nam_since: Mapped[int | None]
    nam_group: Mapped[str | None] = mapped_column(String(50))

    def __repr__(self) -> str:
        return f"<Country {self.code}>"
