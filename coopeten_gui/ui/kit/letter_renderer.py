"""``LetterRenderer``: a template rendered over a context off the UI thread, the newest
request winning — the live preview of the template editor and of the proposal editor."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from coopeten_gui.documents.sandbox import TemplateError
from coopeten_gui.i18n import translate
from coopeten_gui.services import letter_rendering
from coopeten_gui.services.common import ServiceError
from coopeten_gui.services.letter_templates import LetterTemplate
from coopeten_gui.ui.kit.background import run_in_background

#: The sandbox stops a preview after this long (the window waits on nothing meanwhile).
PREVIEW_TIMEOUT = 1.5


class LetterRenderer(QObject):
    """Renders a template over a context off the UI thread; the newest request wins.

    One render runs at a time; asking again meanwhile replaces the waiting request, and
    only the answer to the latest request is reported.

    Signals:
        rendered(str, str): the body HTML and the subject of the latest request.
        failed(str, int): why it could not be rendered, and the template line (0: unknown).
    """

    rendered = Signal(str, str)
    failed = Signal(str, int)
    # the worker's answer, queued to the UI thread (see ``_start``)
    _answered = Signal(int, str, str, str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending: tuple | None = None
        self._busy = False
        self._answered.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._busy or self._pending is not None

    def request(self, template: LetterTemplate, context: dict, language: str,
                timeout: float = PREVIEW_TIMEOUT) -> None:
        self._generation += 1
        self._pending = (self._generation, template, context, language, timeout)
        if not self._busy:
            self._start()

    def _start(self) -> None:
        generation, template, context, language, timeout = self._pending
        self._pending = None
        self._busy = True

        def work(_progress) -> None:
            # The answer travels on this widget's own signal rather than through the
            # task's callbacks: a task without a parent deletes itself as it finishes,
            # which can drop callbacks still queued behind its own clean-up.
            try:
                body, subject = letter_rendering.render_context(template, context, language,
                                                                timeout)
                answer = ("rendered", body, subject, 0)
            except TemplateError as error:
                answer = ("failed", str(error), "", error.line or 0)
            except ServiceError as error:
                answer = ("failed", str(error), "", 0)
            except Exception as error:  # noqa: BLE001 - shown to the user, never raised
                answer = ("failed", translate("Template", "The preview failed: {error}").format(
                    error=error), "", 0)
            try:
                self._answered.emit(generation, *answer)
            except RuntimeError:
                pass  # the editor was closed meanwhile

        run_in_background(None, work, cancellable=False)

    def _finished(self, generation: int, kind: str, text: str, extra: str, line: int) -> None:
        self._busy = False
        if generation == self._generation:
            if kind == "rendered":
                self.rendered.emit(text, extra)
            else:
                self.failed.emit(text, line)
        if self._pending is not None:
            self._start()
