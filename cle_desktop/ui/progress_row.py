"""The row that shows long work going: a bar, a sentence with the counts, and Cancel.

Used by the sync page, the photo import and the report export with a :class:`~ui.ops.
BackgroundOp`: ``follow(op)`` shows the row, moves the bar on each ``progressed`` and hides
the row when the op ends. Cancel asks the op to stop at its next safe point and says so; a
page that cannot stop safely calls ``follow(op, cancellable=False)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from cle_desktop.ui.ops import BackgroundOp

Describe = Callable[[int, int], str]


class ProgressRow(QWidget):
    """Bar (``<name>Progress``), counts label (``<name>ProgressText``) and Cancel button
    (``<name>Cancel``), named for tests and for the screen reader."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}ProgressRow")
        self.op: BackgroundOp | None = None
        self.describe: Describe | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Progress")
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.text = QLabel()
        self.text.setObjectName(f"{name}ProgressText")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar.setMaximumWidth(420)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.text)
        layout.addWidget(self.cancel_button)  # beside the counts it stops, not far right
        layout.addStretch(1)
        self.hide()

    def follow(
        self,
        op: BackgroundOp,
        first: str,
        describe: Describe | None = None,
        cancellable: bool = True,
    ) -> None:
        """Show ``first`` until the first count, then ``describe(done, total)``."""
        self.op, self.describe = op, describe
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.text.setText(first)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        op.progressed.connect(self.show_counts)
        op.finished.connect(self.done)
        self.show()

    def show_counts(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, max(1, total)))
        if self.describe is not None and self.cancel_button.isEnabled():
            self.text.setText(self.describe(done, total))

    def cancel(self) -> None:
        if self.op is not None and self.op.running:
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))

    def done(self) -> None:
        self.op = None
        self.hide()


def counted(done: int, total: int, of_n_things: str) -> str:
    """ "1,200 of 12,257 changes": ``of_n_things`` is a numerus ``tr("{0} of %Ln changes",
    "", total)``, filled here with ``done`` in the locale's digits."""
    return of_n_things.format(QLocale().toString(done))
