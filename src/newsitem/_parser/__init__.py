"""The parser's stages (private): text -> lines -> blocks -> inline -> models."""
