#!/usr/bin/env python3
# make-csv-fixtures.py - how the spreadsheet fixtures of test-csv-formats were made
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The .csv and .txt files next to this script are committed as they are:
# the tests read those bytes, not this script.  It records, byte for byte,
# the shape each tool writes, so that a fixture can be checked or made
# again:
#
#   excel-be-1252.csv         Excel, Belgian settings, "CSV (gescheiden door
#                             lijstscheidingsteken)": Windows-1252, ";",
#                             CRLF, a cell quoted only when it holds ";",
#                             a quote or a line break
#   excel-utf8-bom-nl.csv     Excel "CSV UTF-8": byte order mark, ";", CRLF;
#                             a Dutch header
#   excel-unicode-de.txt      Excel "Unicode text": UTF-16LE with byte order
#                             mark, tabs, CRLF; a German header
#   sep-line-fr.csv           a tool that writes Excel's "sep=;" first line:
#                             Windows-1252, ";", CRLF; a French header
#   libreoffice-1252.csv      LibreOffice "Text CSV" defaults on Linux:
#                             Windows-1252, ",", LF, text quoted only when
#                             needed
#   hr-export.csv             an HR system's export: UTF-8 without byte order
#                             mark, ";", LF, its own header names and a
#                             column Turnabout does not know
#   pairs-excel-nl.csv        pairs kept in a Belgian Excel: Windows-1252,
#                             ";", CRLF, dates as Excel rewrites them
#                             (15/03/2025), goals one per line in a quoted
#                             cell (Alt+Enter writes LF)
#
# Run it in tests/model/data to write the files again.

def excel_cell(text, sep):
    if sep in text or '"' in text or '\n' in text or '\r' in text:
        return '"' + text.replace('"', '""') + '"'
    return text

def table(rows, sep, eol):
    return ''.join(sep.join(excel_cell(c, sep) for c in row) + eol for row in rows)

PEOPLE = [
    # name, email, role, department, job title, location, languages, manager
    ["François Peeters", "francois.peeters@example.be", "both", "Direction",
     "Directeur général, CEO", "Bruxelles", "fr; nl; en", ""],
    ["Chloé Dubois", "chloe.dubois@example.be", "mentee", "Ressources humaines",
     "Chargée de recrutement", "Bruxelles", "fr; nl", "francois.peeters@example.be"],
    ["Jürgen Müller", "juergen.mueller@example.be", "mentor", "IT",
     "Développeur", "Gent", "de; nl; en", "francois.peeters@example.be"],
    ["Zoë Janssens", "zoe.janssens@example.be", "mentor", "Marketing & Communicatie",
     "Social media manager", "Antwerpen", "nl; en", "francois.peeters@example.be"],
    ["Ana Žagar", "ana.zagar@example.be", "mentee", "Finance",
     "Comptable", "Liège", "fr; en", "juergen.mueller@example.be"],
]

NOTES = {
    "zoe.janssens@example.be": "Budget: 5 000 € – l’équipe “digitale”",
}

def write(name, text, encoding):
    with open(name, 'wb') as f:
        f.write(text.encode(encoding))

# Excel, Belgian settings, CSV: Turnabout's own columns, as an export
# opened in Excel and saved again.
rows = [["name", "email", "role", "department", "job_title", "location", "languages",
         "reports_to", "notes"]]
rows += [p + [NOTES.get(p[1], "")] for p in PEOPLE]
write("excel-be-1252.csv", table(rows, ";", "\r\n"), "cp1252")

# Excel CSV UTF-8, Dutch header.
rows = [["Naam", "E-mailadres", "Rol", "Afdeling", "Functie", "Locatie", "Talen",
         "Leidinggevende"]] + PEOPLE
write("excel-utf8-bom-nl.csv", "\ufeff" + table(rows, ";", "\r\n"), "utf-8")

# Excel Unicode text, German header.
rows = [["Name", "E-Mail-Adresse", "Rolle", "Abteilung", "Stellenbezeichnung", "Standort",
         "Sprachen", "Vorgesetzter"]] + PEOPLE
write("excel-unicode-de.txt", "\ufeff" + table(rows, "\t", "\r\n"), "utf-16-le")

# sep=; first line, French header, Windows-1252.
rows = [["Nom", "Adresse e-mail", "Rôle", "Service", "Fonction", "Lieu", "Langues",
         "Responsable"]] + PEOPLE
write("sep-line-fr.csv", "sep=;\r\n" + table(rows, ";", "\r\n"), "cp1252")

# LibreOffice defaults: Windows-1252, commas, LF.
rows = [["name", "email", "role", "department", "job_title", "location", "languages",
         "reports_to"]] + PEOPLE
write("libreoffice-1252.csv", table(rows, ",", "\n"), "cp1252")

# An HR system's export.
rows = [["Full Name", "E-mail address", "Department", "Job Title", "Manager Email",
         "Employee ID"]]
rows += [[p[0], p[1], p[3], p[4], p[7], "E%04d" % (i + 1)] for i, p in enumerate(PEOPLE)]
write("hr-export.csv", table(rows, ";", "\n"), "utf-8")

# Pairs, Dutch header, as a Belgian Excel keeps them.
rows = [["Mentor", "Mentee", "Status", "Gestart", "Doelen"],
        ["juergen.mueller@example.be", "chloe.dubois@example.be", "active", "15/03/2025",
         "[x] Eerste LinkedIn-post\n[ ] Présentation à l’équipe; met de hele afdeling"],
        ["zoe.janssens@example.be", "ana.zagar@example.be", "paused", "01/02/2025", ""]]
write("pairs-excel-nl.csv", table(rows, ";", "\r\n"), "cp1252")
