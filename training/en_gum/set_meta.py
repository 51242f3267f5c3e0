"""Write name, version, licence and sources into a trained en_ud_gum pipeline's meta.json.

Usage: python training/en_gum/set_meta.py MODEL_DIR
Input: MODEL_DIR/meta.json as written by `spacy train`; output: the same file, updated.
The licence reasoning is in training/en_gum/README.md.
"""
import json
import sys
from pathlib import Path

meta_path = Path(sys.argv[1]) / "meta.json"
meta = json.loads(meta_path.read_text())
meta.update({
    "name": "ud_gum",
    "version": "0.1.0",
    "description": "Small English UD pipeline (tagger XPOS, morphologizer UPOS+FEATS, parser, "
                   "edit-tree lemmatizer, NER PERSON/GPE/ORG/EVENT) trained on UD English-GUM "
                   "V11.1.0, genres news, interview, academic, court, bio, voyage only.",
    "author": "Cronica",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "GUM (Georgetown University Multilayer corpus) V11.1.0",
         "url": "https://github.com/amir-zeldes/gum",
         "license": "annotations CC BY 4.0; texts: academic/court CC BY 4.0, bio/voyage "
                    "CC BY-SA 3.0 (Wikipedia/Wikivoyage), news/interview CC BY 2.5 (Wikinews)",
         "author": "Amir Zeldes and GUM contributors"},
    ],
})
meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
print(f"meta updated: {meta_path}")
