#!/usr/bin/env bash
# Regenerates every icon size from the two SVG sources in assets/icons: PNGs for Linux and the
# window, an ICO for Windows, an ICNS for macOS, for the application and for .cjm files.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"

for name in touchmap touchmap-file; do
  for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$name-$size.png"
  done
  convert "$name-16.png" "$name-24.png" "$name-32.png" "$name-48.png" "$name-64.png" \
    "$name-128.png" "$name-256.png" "$name.ico"
  # ICNS: a header and one PNG per size, typed by its size (ic07 = 128 … ic10 = 1024).
  python3 - "$name" <<'PY'
import struct, sys
name = sys.argv[1]
chunks = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    with open(f"{name}-{size}.png", "rb") as png:
        data = png.read()
    chunks += kind + struct.pack(">I", len(data) + 8) + data
with open(f"{name}.icns", "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
done
# The largest PNGs only feed the ICNS; the window and Linux use up to 512.
rm -f touchmap-1024.png touchmap-file-1024.png
