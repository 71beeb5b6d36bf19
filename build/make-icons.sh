#!/bin/sh
# Renders the app icon from icon.svg (needs rsvg-convert: apt-get install librsvg2-bin).
set -e
cd "$(dirname "$0")"
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
rsvg-convert -w 256 -h 256 icon.svg -o icons/256x256.png
cp icon.png icons/512x512.png
