"""Qt-free exporters: tracked-changes DOCX, bill-format DOCX, testimony report card."""
