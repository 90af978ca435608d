package org.timestation.admin.cli;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.timestation.admin.hub.EnrollTokens;
import org.timestation.admin.hub.HubDb;
import org.timestation.admin.hub.HubTls;
import org.timestation.sync.EnrollmentCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enroll --data DIR --station NODE [--name NAME] [--valid 24h] [--hub-url URL] [--qr FILE.png]}:
 * a one-time code for a new station, alone on the last line of the output, and as a QR on request.
 * Works while {@code serve} runs.
 */
@Command(name = "enroll", description = {"为新站点生成一次性登记码；加 --recover 为坏了硬盘的站点生成恢复码 / Make a one-time enrollment code for a new station; with --recover, a recovery code for a station whose disk died."})
final class EnrollCommand implements Callable<Integer> {
    private static final Pattern VALID = Pattern.compile("([1-9][0-9]{0,3})([mhd])");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--station", required = true, paramLabel = "NODE", description = "the new station's node id (lower-case letters, digits, '-')")
    String station;

    @Option(names = "--name", paramLabel = "NAME", description = "the station's name, e.g. 幸福里驿站")
    String name;

    @Option(names = "--valid", defaultValue = "24h", paramLabel = "TIME", description = "how long the code works: 30m, 24h, 7d (default ${DEFAULT-VALUE})")
    String valid;

    @Option(names = "--hub-url", paramLabel = "URL", description = "the hub's address as the station reaches it (default: this computer's network address, port 8443)")
    URI hubUrl;

    @Option(names = "--qr", paramLabel = "FILE.png", description = "also write the code as a QR image for the station's scanner")
    Path qr;

    @Option(names = "--recover", description = "a recovery code for an existing station whose disk died: the new machine takes the station's feed back from the hub (kiosk.jar restore)")
    boolean recover;

    @Override
    public Integer call() {
        if (!org.timestation.admin.hub.Enrollment.validNodeId(station)) {
            throw new IllegalArgumentException("--station 要写站点编号：小写字母、数字和“-”，例如 station-d。 / --station is a node id: lower-case letters, digits and '-', e.g. station-d.");
        }
        Matcher v = VALID.matcher(valid);
        if (!v.matches()) {
            throw new IllegalArgumentException("--valid 要写时长，例如 30m、24h 或 7d。 / --valid is a duration such as 30m, 24h or 7d.");
        }
        long n = Long.parseLong(v.group(1));
        Duration validFor = switch (v.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        URI url = hubUrl != null ? hubUrl : URI.create("https://" + org.timestation.admin.hub.Enrollment.localAddress() + ":8443/");
        if (!"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("--hub-url 要写 https:// 开头的地址，例如 https://192.168.1.10:8443/。 / --hub-url is an https:// address, e.g. https://192.168.1.10:8443/.");
        }
        Path dir = data.folder().path();
        if (!data.folder().hasLedger()) {
            throw new IllegalArgumentException("“" + dir + "”里没有账本。请写管理端的数据文件夹。 / There is no ledger in \"" + dir + "\". Give the admin console's data folder.");
        }
        HubTls tls = HubTls.openOrCreate(dir, new java.security.SecureRandom());
        EnrollmentCode code;
        try (EnrollTokens tokens = new EnrollTokens(HubDb.open(dir), Clock.systemUTC())) {
            code = org.timestation.admin.hub.Enrollment.issue(tokens, new org.timestation.admin.hub.Enrollment.Where(url, tls.fingerprint()), station, name,
                    validFor, recover);
        }
        if (qr != null) {
            writeQr(code.text(), qr);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("站点 / station: %s%s%n", station, name == null ? "" : " (" + name + ")");
        out.printf("枢纽 / hub: %s%n", url);
        out.printf("有效期至 / valid until: %s%n", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                .format(Instant.ofEpochMilli(code.expiresAt())));
        if (qr != null) {
            out.printf("二维码 / QR: %s%n", qr.toAbsolutePath());
        }
        if (recover) {
            out.println("这是恢复码：新机器从枢纽取回这个站点的记录，接着往下记。 / This is a recovery code: the new machine takes this station's events back from the hub and goes on from there.");
            out.println("在新机器上运行 / on the new machine run: kiosk.jar restore --data DIR --code CODE (只能用一次 / works once)");
        } else {
            out.println("在新站点上运行 / on the new station run: kiosk.jar enroll --data DIR --code CODE (只能用一次 / works once)");
        }
        out.println(code.text());
        return 0;
    }

    static void writeQr(String text, Path file) {
        try {
            BitMatrix m = org.timestation.admin.hub.Enrollment.qr(text);
            int scale = 8;
            BufferedImage img = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("无法写入二维码文件“" + file + "”：" + e.getMessage() + "。请换一个能写的位置。 / Cannot write the QR image \"" + file + "\": " + e.getMessage() + ". Choose a writable place.", e);
        }
    }
}
