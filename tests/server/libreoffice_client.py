"""Drives a running LibreOffice over UNO: a Writer document with the given paragraphs in
Bengali (Bangladesh), proofread by Writer's own proofreading iterator, which calls the
LanguageTool remote checker configured in the profile. Prints the errors as JSON.

Run by Debian's python3 (which has the `uno` module), not by the test environment:
    python3 libreoffice_client.py PORT PARAGRAPH...
"""

import json
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.lang import Locale  # type: ignore[import-not-found]
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # type: ignore[import-not-found]
from com.sun.star.text.TextMarkupType import PROOFREADING  # type: ignore[import-not-found]


def connect(port: int, seconds: float = 60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def main() -> None:
    port, paragraphs = int(sys.argv[1]), sys.argv[2:]
    ctx = connect(port)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (hidden,))
    text = doc.getText()
    bengali = Locale("bn", "BD", "")
    for i, paragraph in enumerate(paragraphs):
        cursor = text.createTextCursorByRange(text.getEnd())
        cursor.setPropertyValue("CharLocale", bengali)
        cursor.setPropertyValue("CharLocaleComplex", bengali)
        text.insertString(cursor, paragraph, False)
        if i < len(paragraphs) - 1:
            text.insertControlCharacter(text.getEnd(), PARAGRAPH_BREAK, False)
    iterator = smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)
    flat = doc.getFlatParagraphIterator(PROOFREADING, True)
    out = []
    para = flat.getFirstPara()
    while para:
        t = para.getText()
        locale = para.getLanguageOfText(0, 1)
        result = iterator.checkSentenceAtPosition(doc, para, t, locale, 0, len(t), 0)
        errors = [
            {
                "start": e.nErrorStart,
                "length": e.nErrorLength,
                "short": e.aShortComment,
                "full": e.aFullComment,
                "suggestions": list(e.aSuggestions),
            }
            for e in result.aErrors
        ]
        out.append({"text": t, "locale": f"{locale.Language}-{locale.Country}", "errors": errors})
        para = flat.getParaAfter(para)
    doc.close(True)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
