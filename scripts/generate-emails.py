#!/usr/bin/env python3
"""Writes N .eml files for measuring `import email`: a mix of new messages (plain text,
quoted-printable ISO-8859-1, Base64 UTF-8 with Chinese, Shift_JIS, HTML only, a small PDF
attachment with an RFC 2231 name) and replies that thread by In-Reply-To or by the case
number in the subject. Usage: scripts/generate-emails.py N FOLDER
"""
import base64
import os
import sys

KINDS = ["plain", "latin1", "chinese", "japanese", "html", "attachment", "reply"]


def message(i):
    kind = KINDS[i % len(KINDS)]
    sender = f"bench{i % 500}@example.org"
    head = (f"From: Bench Customer {i % 500} <{sender}>\r\n"
            f"To: support@example.com\r\nMessage-ID: <bench-{i}@example.org>\r\n"
            f"Date: Fri, 4 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n")
    if kind == "plain":
        return head + f"Subject: Budget question {i}\r\n\r\nMy budget {i} does not add up.\r\n"
    if kind == "latin1":
        return (head + "Subject: =?ISO-8859-1?Q?R=E9sum=E9_des_factures?=\r\n"
                "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                f"Bonjour, la facture {i} est d=E9j=E0 pay=E9e.\r\n")
    if kind == "chinese":
        body = base64.b64encode(f"您好，第 {i} 张发票在哪里？".encode("utf-8")).decode()
        subject = base64.b64encode("发票问题".encode("utf-8")).decode()
        return (head + f"Subject: =?UTF-8?B?{subject}?=\r\n"
                "Content-Type: text/plain; charset=UTF-8\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n")
    if kind == "japanese":
        body = base64.b64encode("請求書について質問があります。".encode("shift_jis")).decode()
        subject = base64.b64encode("請求書".encode("iso2022_jp")).decode()
        return (head + f"Subject: =?ISO-2022-JP?B?{subject}?=\r\n"
                "Content-Type: text/plain; charset=Shift_JIS\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n")
    if kind == "html":
        return (head + f"Subject: Payroll run {i}\r\nContent-Type: text/html; charset=UTF-8\r\n"
                f"\r\n<html><body><p>Payroll <b>{i}</b> failed.</p><script>x()</script>"
                "</body></html>\r\n")
    if kind == "attachment":
        pdf = base64.b64encode(b"%PDF-1.4\n" + b"0" * 2000).decode()
        return (head + f"Subject: Statement {i}\r\n"
                'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
                "Content-Type: text/plain\r\n\r\nSee the attached statement.\r\n--b\r\n"
                "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                "Content-Disposition: attachment; filename*=utf-8''%E8%B4%A6%E5%8D%95.pdf\r\n"
                f"\r\n{pdf}\r\n--b--\r\n")
    return (head + f"In-Reply-To: <bench-{i - 1}@example.org>\r\n"
            f"Subject: Re: more about {i - 1}\r\n\r\nOne more detail.\r\n")


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        path = os.path.join(folder, f"{i // 1000:03d}", f"{i:06d}.eml")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="ascii", newline="") as out:
            out.write(message(i))


if __name__ == "__main__":
    main()
