#!/bin/sh
# Renders the Open Graph site card once: scripts/og/site-card.svg → public/og/site-card.png
# (1200×630, 8-bit palette PNG). Needs ImageMagick (`convert`) and the DejaVu fonts; the PNG is
# committed, so neither the build nor CI runs this. Run it again after editing the SVG.
set -eu
cd "$(dirname "$0")/../.."
mkdir -p public/og
convert -background white -density 96 scripts/og/site-card.svg -resize 1200x630! -strip -colors 64 PNG8:public/og/site-card.png
identify public/og/site-card.png
