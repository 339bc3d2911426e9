// The icons exist, at the sizes Tauri uses, and the system's tools read the .ico and .icns.
import javax.imageio.ImageIO

def icons = new File(basedir, 'icons')
['32x32.png': 32, '128x128.png': 128, '128x128@2x.png': 256, 'icon.png': 512].each { name, size ->
    def image = ImageIO.read(new File(icons, name))
    assert image != null && image.width == size && image.height == size : "$name is not ${size}x${size}"
}
def ico = 'icotool -l ' + new File(icons, 'icon.ico').path
def listing = ico.execute().text
[16, 24, 32, 48, 64, 256].each { assert listing.contains("--width=$it ") : "icon.ico lacks $it px: $listing" }
def kind = ['file', '-b', new File(icons, 'icon.icns').path].execute().text
assert kind.contains('Mac OS X icon') : kind
return true
