"""The PySide6 window of riskedu: dialogs, item models and widgets over `riskedu.core`."""
