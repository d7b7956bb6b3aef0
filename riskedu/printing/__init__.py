"""Printed documents (reportlab, no Qt): certificates, summaries, handouts.

Importing the package applies riskedu's one correction to reportlab (see
`reportlab_fix`), so every document is drawn with it.
"""

from riskedu.printing import reportlab_fix

reportlab_fix.apply()
