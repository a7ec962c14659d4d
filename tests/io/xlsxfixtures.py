#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the workbooks tst_xlsxreader reads: with openpyxl, a real spreadsheet writer, and by
# hand for what openpyxl never writes (inline strings, no styles). Usage: xlsxfixtures.py FOLDER
import datetime, sys, zipfile
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

folder = sys.argv[1]

wb = Workbook()
ws = wb.active
ws.title = "Responses"
ws.append(["Email", "Name", "Score", "Ratio", "Date", "When", "Champion", "Note"])
ws.append(["ada@example.org", "Ada Lovelace", 4, 4.5, datetime.date(2026, 3, 15),
           datetime.datetime(2026, 3, 15, 14, 30), True, None])
ws.append(["bo@example.org", "Bö Ünal", 3, 0.25, datetime.date(1999, 12, 31),
           datetime.datetime(2026, 1, 1, 0, 0), False, 'a, b "quoted"'])
ws["E3"].number_format = "dd.mm.yyyy"
ws.cell(row=4, column=1, value="cy@example.org")
ws.cell(row=4, column=8, value="far right")
ws.cell(row=6, column=1, value="last@example.org")
ws.cell(row=6, column=3, value=-12)
other = wb.create_sheet("Scores")
other.append(["Dimension", "Level"])
other.append(["AI in production", 3])
wb.save(folder + "/openpyxl.xlsx")

mac = Workbook()
mac.epoch = CALENDAR_MAC_1904
sheet = mac.active
sheet.append(["Date"])
sheet.append([datetime.date(2026, 3, 15)])
mac.save(folder + "/mac1904.xlsx")

def package(name, parts):
    with zipfile.ZipFile(folder + "/" + name, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts.items():
            z.writestr(path, text)

main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
package("inline.xlsx", {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": '<workbook %s %s><sheets><sheet name="Only" sheetId="1" r:id="rId7"/></sheets></workbook>' % (main, rel),
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>',
    "xl/worksheets/data.xml": '<worksheet %s><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c>'
        '<c r="C1" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r><rPh><t>x</t></rPh></is></c></row>'
        '<row><c t="inlineStr"><is><t>x@y.org</t></is></c><c t="str"><f>A2</f><v>formula text</v></c>'
        '<c t="b"><v>1</v></c><c><v>1.5E-3</v></c></row>'
        '</sheetData></worksheet>' % main,
})
package("notaworkbook.xlsx", {"readme.txt": "just a zip"})
package("calc.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
