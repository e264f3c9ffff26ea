"""A contact's photo in a form: a thumbnail, Choose… and Remove.

The picture is kept as the file's own bytes (what a vCard carries), after checking that
Qt can read it and that it is not larger than a vCard photo may be.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from coopeten_gui.services.contact_data import MAX_PHOTO_BYTES

THUMBNAIL = 64
#: file suffixes and the image type stored with the photo
TYPES = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".gif": "gif", ".webp": "webp"}


class PhotoPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bytes: bytes | None = None
        self._type = ""
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_photo(None, ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message, 1)
        self.setFocusProxy(self.choose_button)
        self.set_photo(None, "")

    def photo(self) -> tuple[bytes | None, str]:
        return self._bytes, self._type

    def set_photo(self, data: bytes | None, kind: str) -> None:
        self._bytes, self._type = (data or None), (kind if data else "")
        self.message.clear()
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.thumbnail.setText(self.tr("No photo") if not data else "?")
            self.thumbnail.setPixmap(QPixmap())
        else:
            self.thumbnail.setPixmap(QPixmap.fromImage(image.scaled(
                THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)))
        self.remove_button.setEnabled(bool(data))

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), folder,
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Take the picture in ``path``; False (and a message beside it) when it can't."""
        try:
            size = path.stat().st_size
            if size > MAX_PHOTO_BYTES:
                self.message.setText(self.tr("This picture is too large (at most 10 MB)."))
                return False
            data = path.read_bytes()
        except OSError:
            self.message.setText(self.tr("This file could not be read."))
            return False
        if QImage.fromData(data).isNull():
            self.message.setText(self.tr("This file is not a picture."))
            return False
        self.set_photo(data, TYPES.get(path.suffix.lower(), "jpeg"))
        return True
