"""The one correction riskedu makes to reportlab: `PDFTextObject.setRise` keeps its state.

reportlab 5.1 shapes a run cluster by cluster and lowers a cluster with a HarfBuzz y
offset through `setRise`. When two `Ts` operators follow each other, `setRise` replaces
the first one in the stream but forgets to record the new rise: the text object still
believes the old rise is in force, never writes the `0 Ts` that restores the baseline,
and every glyph after a below-base mark (Khmer coeng ligatures such as "ណ្ត" in
"បណ្តុះបណ្តាល") is drawn lowered. `apply()` swaps in a `setRise` that always records
the rise it writes; it is applied once, when `riskedu.printing` is imported.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject

_original_set_rise = PDFTextObject.setRise


def set_rise(self: PDFTextObject, rise: float) -> None:
    """Move the baseline up or down by `rise`, recording it whether or not the operator
    merges with a `Ts` just written."""
    operator = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise  # the replaced rise no longer applies
        self._code[-1] = operator
    else:
        self._code.append(operator)
    self._rise = rise
    self._y -= rise


def apply() -> None:
    """Install the corrected `setRise` (idempotent)."""
    PDFTextObject.setRise = set_rise


def remove() -> None:
    """Put reportlab's own `setRise` back (tests show the fault it corrects)."""
    PDFTextObject.setRise = _original_set_rise
