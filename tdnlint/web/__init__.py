"""``tdnlint serve``: a local web page for clerks, and an HTTP API, on the same engine as the CLI.

Optional: needs the ``serve`` extra (``pip install 'tdnlint[serve]'``).  The core CLI imports this
package only inside the ``serve`` command.  See docs/web.md.
"""
