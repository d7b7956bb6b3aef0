"""`python main.py`: start riskedu (the same as the `riskedu` command)."""

from riskedu.cli import run

if __name__ == "__main__":
    run()
