package org.timestation.admin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.hub.CommunityLog;
import org.timestation.admin.hub.DemoHubHistory;
import org.timestation.admin.pdf.CjkLines;
import org.timestation.admin.pdf.VeraPdf;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.community.Community;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.SignedNote;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Member;
import org.timestation.policy.Policy;
import org.timestation.text.Text;
import org.timestation.time.ManualClock;

/**
 * The bulletin of a demo month (fixed in the calendar), read back as a resident and a checker would: the title, month, top helpers
 * and funds total are in its text; names are masked; the funds add up; the QR decodes to exactly the
 * signed checkpoint; every font is an embedded CID TrueType subset with a ToUnicode map; body and title
 * sizes hold in both editions; no line starts with closing punctuation; 2 to 4 pages; PDF/A-2u by veraPDF.
 */
class BulletinPdfTest {
    @TempDir
    static Path dir;
    static Community community;
    static BulletinFacts facts;
    static byte[] normal;
    static byte[] large;
    static byte[] hubKey;
    static String latestBody;
    static java.util.function.BiFunction<Long, Long, List<byte[]>> proof;
    static YearMonth month;
    static Member named;
    /** The demo's last day: late in a month, so the month has weeks of exchanges. */
    static final LocalDate DEMO_UNTIL = LocalDate.of(2026, 10, 24);

    @BeforeAll
    static void makeTheDemoMonthsBulletin() throws Exception {
        // a demo ending on a fixed day, read at that evening: the month is the same whatever day the test runs
        // (on the wall clock's month the test failed where the community's month had already turned, and early in a month)
        Path folder = dir.resolve("demo");
        DemoCommunity.generate(folder, DemoCommunity.Options.of(60, 2, 7, DEMO_UNTIL), DemoCommunity.ADMIN_NODE);
        DemoHubHistory.build(folder);
        DataFolder data = DataFolder.at(folder);
        ZoneId zone = ZoneId.of(Policy.DEFAULT.zone());
        community = data.open(new ManualClock(DEMO_UNTIL.atTime(21, 0).atZone(zone).toInstant(), zone));
        month = YearMonth.from(DEMO_UNTIL);
        long end = month.plusMonths(1).atDay(1).atStartOfDay(community.policy().current().zoneId()).toInstant().toEpochMilli() - 1;
        // the month's top helper agreed to be named; everyone else is masked
        long from = month.atDay(1).atStartOfDay(community.policy().current().zoneId()).toInstant().toEpochMilli();
        String top = community.inspect(st -> st.exchanges().all().stream()
                .filter(r -> r.state() == org.timestation.exchange.ExchangeState.SETTLED && r.endedAt() >= from && r.volunteerId() != null)
                .collect(java.util.stream.Collectors.groupingBy(org.timestation.exchange.Request::volunteerId,
                        java.util.stream.Collectors.summingLong(org.timestation.exchange.Request::confirmedMinutes)))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey());
        community.members().setBulletinName(top, true, top, "");
        named = community.members().byId(top).orElseThrow();
        // thank-you notes: one shared to the named helper (printed), one not shared (not printed), one shared to a helper
        // who never agreed to be named (not printed)
        List<org.timestation.exchange.Request> unrated = community.inspect(st -> st.exchanges().all().stream()
                .filter(r -> r.state() == org.timestation.exchange.ExchangeState.SETTLED && r.endedAt() >= from && r.volunteerId() != null
                        && r.volunteerStars() == 0).toList());
        org.timestation.exchange.Request toNamed = unrated.stream().filter(r -> r.volunteerId().equals(top)).findFirst().orElseThrow();
        community.exchanges().rate(toNamed.id(), toNamed.requesterId(), 5, "测试：公开的感谢", true);
        List<org.timestation.exchange.Request> others = unrated.stream().filter(r -> !r.volunteerId().equals(top)
                && !community.members().nameInBulletin(r.volunteerId())).limit(2).toList();
        community.exchanges().rate(others.get(0).id(), others.get(0).requesterId(), 5, "测试：对方没同意露名", true);
        community.exchanges().rate(others.get(1).id(), others.get(1).requesterId(), 4, "测试：写的人不同意公开", false);
        BulletinFacts.Witness witness;
        try (CommunityLog log = CommunityLog.openToCheck(folder, data.keys().node())) {
            witness = BulletinWitness.ofLog(log, end).orElseThrow();
            hubKey = log.publicKey();
            latestBody = log.latest().orElseThrow().body();
            org.timestation.communitylog.MerkleTree tree = log.tree();
            proof = (a, b) -> tree.consistencyProof(a, b);
        }
        facts = BulletinFacts.of(community, "幸福里社区", "幸福里时间驿站", month, witness);
        normal = write(false);
        large = write(true);
    }

    @AfterAll
    static void close() {
        community.close();
    }

    private static byte[] write(boolean largePrint) throws Exception {
        ConsoleText text = new ConsoleText();
        text.locale().set(Text.ZH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulletinPdf.write(facts, text, largePrint, LocalDate.of(2026, 12, 1), Instant.now(), out);
        return out.toByteArray();
    }

    @Test
    void itSaysTheMonthItsTopHelpersAndTheFundsTotalWithNamesMasked() throws Exception {
        String text = text(normal);
        assertThat(text).contains("社区信任报").contains("幸福里社区 · " + month.getYear() + "年" + month.getMonthValue() + "月")
                .contains("第 " + facts.issue() + " 期").contains("幸福里时间驿站  2026年12月1日");
        assertThat(facts.helpers()).isNotEmpty();
        for (BulletinFacts.Helper h : facts.helpers()) {
            assertThat(text).contains(h.name());
        }
        assertThat(text).contains("本月结余 " + BulletinPdf.yuan(facts.funds().closingFen()) + " 元");
        assertThat(text).as("who agreed is named in full").contains(named.name());
        for (Member m : community.members().all()) {
            boolean namesake = community.members().all().stream().anyMatch(o -> o.name().equals(m.name()) && community.members().nameInBulletin(o.id()));
            if (m.name().length() >= 2 && !namesake) { // a namesake of someone who agreed is printed for them
                assertThat(text).as("no one else's full name is printed").doesNotContain(m.name());
            }
        }
    }

    @Test
    void aThankYouIsPrintedOnlyWhereItsWriterAgreedAndTheMemberThankedAgreedToBeNamed() throws Exception {
        String text = text(normal).replace("\n", "");
        assertThat(text).contains("“测试：公开的感谢”——").contains("写给 " + named.name());
        assertThat(text).doesNotContain("测试：对方没同意露名").doesNotContain("测试：写的人不同意公开");
        assertThat(facts.stories()).hasSizeLessThanOrEqualTo(BulletinFacts.STORIES)
                .allSatisfy(st -> assertThat(community.members().all()).anyMatch(m -> m.name().equals(st.thanked())));
    }

    @Test
    void merchantIntegritySaysThePriceChecksAndTheCurrentMonthIsMarkedADraft() throws Exception {
        String text = text(normal).replace("\n", "");
        assertThat(facts.integrity()).as("the demo checks one shop's price each month").anySatisfy(m -> {
            assertThat(m.priceChecks()).isPositive();
            assertThat(text).contains(m.name() + "：价格抽查 " + m.priceChecks() + " 次，" + m.priceChecksFair() + " 次价格合规");
        });
        assertThat(facts.draft()).as("the demo month is this month").isTrue();
        assertThat(text).contains("草稿：本月还没有结束");
    }

    @Test
    void aPastMonthsBoardIsTheScoresAtItsEndAndItIsNoDraft() {
        YearMonth last = month.minusMonths(1);
        java.time.ZoneId zone = community.policy().current().zoneId();
        long end = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        BulletinFacts past = BulletinFacts.of(community, "幸福里社区", "幸福里时间驿站", last, null);
        assertThat(past.draft()).isFalse();
        List<Long> then = community.trust().scoresAsOf(end).stream().filter(e -> e.getKey().side() == org.timestation.trust.Party.Side.MEMBER)
                .map(java.util.Map.Entry::getValue).limit(BulletinFacts.TOP).toList();
        assertThat(past.board()).extracting(BulletinFacts.Board::score).containsExactlyElementsOf(then);
        List<Long> today = community.trust().scores().stream().filter(e -> e.getKey().side() == org.timestation.trust.Party.Side.MEMBER)
                .map(java.util.Map.Entry::getValue).limit(BulletinFacts.TOP).toList();
        assertThat(then).as("the demo's scores moved since last month").isNotEqualTo(today);
    }

    @Test
    void theFundsAddUp() {
        BulletinFacts.Funds f = facts.funds();
        assertThat(f.adds()).isTrue();
        long in = f.lines().stream().mapToLong(BulletinFacts.Line::cashFen).filter(x -> x > 0).sum();
        long outgoing = -f.lines().stream().mapToLong(BulletinFacts.Line::cashFen).filter(x -> x < 0).sum();
        assertThat(f.incomeFen()).isEqualTo(in);
        assertThat(f.expensesFen()).isEqualTo(outgoing);
        assertThat(f.closingFen()).isEqualTo(f.openingFen() + in - outgoing);
        long all = community.funds().entries().stream().mapToLong(org.timestation.funds.FundsEntry::cashEffect).sum();
        assertThat(f.closingFen()).as("this month's closing is all the cash ever (no later lines in the demo)").isEqualTo(all);
    }

    @Test
    void theQrCodeDecodesToExactlyTheSignedCheckpoint() throws Exception {
        try (PDDocument doc = Loader.loadPDF(normal)) {
            String decoded = null;
            for (int i = doc.getNumberOfPages() - 1; i >= 0 && decoded == null; i--) {
                java.awt.image.BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(i, 150, ImageType.GRAY);
                decoded = decode(page);
            }
            assertThat(decoded).as("one line of ASCII a scanner passes whole").matches("TSB1\\.[A-Za-z0-9_-]+");
            assertThat(org.timestation.sync.BulletinCheck.note(decoded)).contains(facts.witness().note());
            SignedNote note = SignedNote.parse(facts.witness().note());
            String origin = LogCheckpoint.parseBody(note.body()).origin();
            LogCheckpoint c = LogCheckpoint.verified(note, origin, origin, hubKey);
            assertThat(c.size()).isEqualTo(facts.witness().size());
            assertThat(java.util.HexFormat.of().formatHex(c.root())).isEqualTo(facts.witness().rootHex());
            assertThat(text(normal)).contains(facts.witness().rootHex().substring(0, 20));

            // a station holding the log as it is now accepts the printed bulletin, and not one altered or from another log
            org.timestation.sync.HubLink link = new org.timestation.sync.HubLink(java.net.URI.create("https://127.0.0.1:8443/"), new byte[32],
                    "admin", origin, hubKey);
            org.timestation.sync.BulletinCheck.Proofs proofs = (from, to) -> java.util.Optional.of(proof.apply(from, to));
            assertThat(org.timestation.sync.BulletinCheck.check(decoded, link, java.util.Optional.of(latestBody), proofs).verdict())
                    .isEqualTo(org.timestation.sync.BulletinCheck.Verdict.MATCHES);
            String altered = org.timestation.sync.BulletinCheck.qr(facts.witness().note()
                    .replaceFirst("\n" + c.size() + "\n", "\n" + (c.size() - 1) + "\n"));
            assertThat(org.timestation.sync.BulletinCheck.check(altered, link, java.util.Optional.of(latestBody), proofs).verdict())
                    .isEqualTo(org.timestation.sync.BulletinCheck.Verdict.DOES_NOT_MATCH);
            org.timestation.sync.HubLink another = new org.timestation.sync.HubLink(link.url(), link.fingerprint(), "admin", origin,
                    org.timestation.communitylog.Ed25519Keys.raw(org.timestation.ledger.NodeIdentity.generate("admin", new java.security.SecureRandom())
                            .publicKey()));
            assertThat(org.timestation.sync.BulletinCheck.check(decoded, another, java.util.Optional.of(latestBody), proofs).verdict())
                    .as("a station of another community").isEqualTo(org.timestation.sync.BulletinCheck.Verdict.DOES_NOT_MATCH);
        }
    }

    private static String decode(java.awt.image.BufferedImage image) {
        try {
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            java.util.Map<com.google.zxing.DecodeHintType, Object> hints = new java.util.EnumMap<>(com.google.zxing.DecodeHintType.class);
            hints.put(com.google.zxing.DecodeHintType.TRY_HARDER, true);
            hints.put(com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap, hints).getText();
        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException none) {
            return null;
        }
    }

    @Test
    void everyFontIsAnEmbeddedCidTrueTypeSubsetWithAToUnicodeMap() throws Exception {
        for (byte[] pdf : List.of(normal, large)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int fonts = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont f = page.getResources().getFont(name);
                        assertThat(f).isInstanceOf(PDType0Font.class);
                        PDType0Font t0 = (PDType0Font) f;
                        assertThat(t0.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
                        assertThat(t0.isEmbedded()).isTrue();
                        assertThat(t0.getName()).matches("[A-Z]{6}\\+.+");
                        assertThat(t0.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                        fonts++;
                    }
                }
                assertThat(fonts).isPositive();
            }
        }
    }

    @Test
    void typeSizesHoldInBothEditions() throws Exception {
        List<Float> sizes = sizes(normal);
        assertThat(sizes.stream().min(Float::compare).orElseThrow()).as("normal: nothing under 12 pt").isGreaterThanOrEqualTo(12f);
        assertThat(sizes.stream().max(Float::compare).orElseThrow()).as("normal: the title").isGreaterThanOrEqualTo(22f);
        assertThat(sizeOf(normal, "按本月帮助别人的时长排列")).as("normal: body").isGreaterThanOrEqualTo(12f);
        assertThat(sizeOf(normal, "社区信任报")).as("normal: title").isGreaterThanOrEqualTo(22f);
        List<Float> big = sizes(large);
        assertThat(big.stream().min(Float::compare).orElseThrow()).as("large: tables (and all else) at least 14 pt").isGreaterThanOrEqualTo(14f);
        assertThat(sizeOf(large, "按本月帮助别人的时长排列")).as("large: body").isGreaterThanOrEqualTo(16f);
        assertThat(sizeOf(large, "“测试：公开的感谢”")).as("large: body (a thank-you)").isGreaterThanOrEqualTo(16f);
        assertThat(sizeOf(large, "社区信任报")).as("large: title").isGreaterThanOrEqualTo(22f);
    }

    @Test
    void noLineStartsWithClosingPunctuationAndTheBulletinTakesTwoToFourPages() throws Exception {
        for (byte[] pdf : List.of(normal, large)) {
            for (String line : text(pdf).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    assertThat(CjkLines.NO_START.indexOf(l.codePointAt(0))).as("a line starting " + l).isNegative();
                }
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isBetween(2, 4);
            }
        }
    }

    @Test
    void bothEditionsArePdfA2u() throws Exception {
        assertThat(VeraPdf.failures(normal)).isEmpty();
        assertThat(VeraPdf.failures(large)).isEmpty();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The type size of the first printed run of text that starts with {@code start}. */
    private static float sizeOf(byte[] pdf, String start) throws Exception {
        float[] found = {-1};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found[0] < 0 && text.startsWith(start)) {
                        found[0] = positions.get(0).getFontSizeInPt();
                    }
                }
            };
            s.getText(doc);
        }
        assertThat(found[0]).as("the text " + start + " is printed").isPositive();
        return found[0];
    }

    private static List<Float> sizes(byte[] pdf) throws Exception {
        List<Float> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            out.add(p.getFontSizeInPt());
                        }
                    }
                }
            };
            s.getText(doc);
        }
        return out;
    }
}
