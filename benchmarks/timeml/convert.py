#!/usr/bin/env python3
"""Turns TimeML documents (.tml) into a NewsGen date set laid out like ../shared/corpus/aquaint-dev:
text/YYYY-MM-DD_DOCID.txt (first line the document id, then the paragraphs of <TEXT>) and gold/YYYY-MM-DD_DOCID.json
(every TIMEX3 in the text whose value starts with a calendar day). Usage: convert.py TML_DIR OUT_DIR"""
import html
import json
import os
import re
import sys

source, out = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(out, 'text'), exist_ok=True)
os.makedirs(os.path.join(out, 'gold'), exist_ok=True)
for name in sorted(os.listdir(source)):
    if not name.endswith('.tml'):
        continue
    document = open(os.path.join(source, name), encoding='utf-8').read()
    docid = re.search(r'<DOCID>(.*?)</DOCID>', document, re.S)
    docid = docid.group(1).strip() if docid else name[:-4]
    published = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', document, re.S).group(1)
    text = re.search(r'<TEXT>(.*?)</TEXT>', document, re.S).group(1)
    dates = []
    for timex in re.finditer(r'<TIMEX3([^>]*)>(.*?)</TIMEX3>', text, re.S):
        value = re.search(r'value="([^"]*)"', timex.group(1)).group(1)
        if re.match(r'^\d{4}-\d{2}-\d{2}', value):
            dates.append({'text': html.unescape(re.sub(r'<[^>]+>', '', timex.group(2))).strip(), 'value': value[:10]})
    plain = html.unescape(re.sub(r'<[^>]+>', '', text))
    paragraphs = [p for p in (re.sub(r'\s+', ' ', p).strip() for p in re.split(r'\n\s*\n', plain)) if p]
    stem = f'{published}_{docid}'
    with open(os.path.join(out, 'text', stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(docid + '\n\n' + '\n\n'.join(paragraphs) + '\n')
    with open(os.path.join(out, 'gold', stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': stem + '.txt', 'dates': dates}, f, indent=1)
