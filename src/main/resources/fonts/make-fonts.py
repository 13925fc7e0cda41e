"""Cuts the per-level faces of src/main/resources/fonts (see README.md there).

Usage: python3 make-fonts.py SRC FIXTURES OUT [hei|kai|fang|title ...]
SRC holds the unpacked sources: sans/ and serif/ (npm packages), ukai/ and tl/ (Debian packages, dpkg -x).
FIXTURES is src/test/resources/fixtures/reports. Made with Debian's python3-fonttools 4.38.
"""
import glob, sys
from fontTools.ttLib import TTFont, TTCollection
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import table__g_l_y_f
from fontTools.ttLib.tables._l_o_c_a import table__l_o_c_a
from fontTools.ttLib import newTable

SRC, FIXTURES, OUT = sys.argv[1], sys.argv[2], sys.argv[3]

def codepoints():
    cps = set()
    for a, b in [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF),
                 (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]:
        cps.update(range(a, b + 1))
    # GB 2312 level 1: rows 16-55 (0xB0A1-0xD7FE), plus the non-Han rows 1-9
    for hi in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xD8)):
        for lo in range(0xA1, 0xFF):
            try:
                cps.update(ord(c) for c in bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    for f in glob.glob(FIXTURES + '/*'):
        cps.update(ord(c) for c in open(f, encoding='utf-8').read() if ord(c) >= 0x20)
    return cps

CPS = codepoints()

def cut(font, name, notice=None, drop=''):
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.name_IDs = ['*']
    opts.notdef_outline = True
    s = subset.Subsetter(opts)
    s.populate(unicodes=CPS - {ord(c) for c in drop})
    s.subset(font)
    font['cmap'].tables = [t for t in font['cmap'].tables if t.format != 14]
    for t in ('EBDT', 'EBLC', 'EBSC', 'VORG', 'DSIG'):
        if t in font:
            del font[t]
    if notice:
        font['name'].setName(notice, 10, 3, 1, 0x409)
    font.recalcTimestamp = False  # keep the source's dates: the same sources give the same bytes
    font.save(OUT + '/' + name)
    print(name, len(font.getBestCmap()), font['maxp'].numGlyphs)

def to_truetype(font, max_err=1.0):
    """CFF outlines to quadratic glyf (as fontTools' otf2ttf snippet does)."""
    glyph_order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable('glyf'); glyf.glyphOrder = glyph_order; glyf.glyphs = {}
    for g in glyph_order:
        pen = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[g] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    font['maxp'] = newTable('maxp'); m = font['maxp']
    m.tableVersion = 0x00010000
    for k in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
        setattr(m, k, 0)
    m.maxZones = 1
    font['head'].indexToLocFormat = 0
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0
    font['post'].extraNames = []; font['post'].mapping = {}
    font.sfntVersion = '\x00\x01\x00\x00'
    font['maxp'].numGlyphs = len(glyph_order)
    return font

which = sys.argv[4:] or ['hei', 'kai', 'fang', 'title']
if 'hei' in which:
    cut(TTFont(SRC + '/sans/package/500Medium/NotoSansSC_500Medium.ttf'), 'NotoSansSC-Medium-GB2312L1.ttf')
if 'title' in which:
    cut(TTFont(SRC + '/serif/package/700Bold/NotoSerifSC_700Bold.ttf'), 'NotoSerifSC-Bold-GB2312L1.ttf')
if 'kai' in which:
    f = TTCollection(SRC + '/ukai/usr/share/fonts/truetype/arphic/ukai.ttc').fonts[0]
    cut(f, 'UKai-CN-GB2312L1.ttf', 'Modified 2026-12-05 by ReportCycle: face "AR PL UKai CN" taken from ukai.ttc '
        '(Debian fonts-arphic-ukai 0.2.20080216.2-5), cut to GB 2312 level 1 plus punctuation, hinting and '
        'bitmaps removed, its centred (Taiwan-style) marks ，。、；： left out so that they fall back to a '
        'mainland face. Licensed under the Arphic Public License.', drop='，。、；：')
if 'fang' in which:
    f = TTFont(SRC + '/tl/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf')
    opts = subset.Options(); opts.layout_features = []; opts.hinting = False; opts.name_IDs = ['*']
    opts.notdef_outline = True
    s = subset.Subsetter(opts); s.populate(unicodes=CPS); s.subset(f)
    to_truetype(f)
    cut(f, 'FandolFang-Regular-GB2312L1.ttf', 'Modified 2026-12-05 by ReportCycle: FandolFang Regular 0.3 '
        '(TeX Live, Debian texlive-lang-chinese 2022.20230122-1) cut to GB 2312 level 1 plus punctuation and '
        'converted from CFF to TrueType outlines (cu2qu, max error 1 unit), hinting removed. GPL version 3 '
        'with the font exception, which this version extends.')
