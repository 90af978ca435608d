package org.timestation.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.community.TestStation;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class MemberRulesTest {
    static final LocalDate BORN = LocalDate.of(1949, 10, 1);
    static final String ID = TestStation.idNumber(BORN, 123);

    static Registration registration(String id, LocalDate born, String phone) {
        return new Registration("李秀英", Gender.FEMALE, born, "幸福里3号楼2单元301室", id, phone, Set.of(Role.MEMBER));
    }

    private static void refused(TestStation t, ErrorCode code, Registration r) {
        long before = t.store.eventCount();
        assertThatThrownBy(() -> t.community.members().register(r))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(t.store.eventCount()).isEqualTo(before);
    }

    @Test
    void theBulletinPrintsAFullNameOnlyForWhoAgreedSetByThemOrByStaffWithAReason() {
        try (TestStation t = new TestStation()) {
            Member elder = t.register("王秀英", 80);
            Member neighbour = t.register("李志强", 40);
            Member staff = t.register("周敏", 40, Role.STAFF);
            org.timestation.member.MemberService members = t.community.members();
            assertThat(members.bulletinName(elder.id())).isEqualTo("王*英");

            members.setBulletinName(elder.id(), true, elder.id(), "");
            assertThat(members.nameInBulletin(elder.id())).isTrue();
            assertThat(members.bulletinName(elder.id())).isEqualTo("王秀英");
            members.setBulletinName(elder.id(), false, elder.id(), "");
            assertThat(members.bulletinName(elder.id())).isEqualTo("王*英");

            t.refused(ErrorCode.NOT_STAFF, () -> members.setBulletinName(elder.id(), true, neighbour.id(), "她说可以"));
            t.refused(ErrorCode.REASON_REQUIRED, () -> members.setBulletinName(elder.id(), true, staff.id(), " "));
            assertThat(members.nameInBulletin(elder.id())).isFalse();
            members.setBulletinName(elder.id(), true, staff.id(), "本人在服务台口头同意");
            assertThat(members.bulletinName(elder.id())).isEqualTo("王秀英");
            boolean inState = t.community.inspect(s -> s.members().nameInBulletin(elder.id()));
            assertThat(inState).isTrue();

            java.util.Map<org.timestation.ledger.RowKey, String> rows = new java.util.TreeMap<>();
            t.community.inspect(s -> {
                s.members().allRows(rows);
                return null;
            });
            MemberRegistry again = new MemberRegistry();
            rows.forEach(again::load);
            assertThat(again.nameInBulletin(elder.id())).as("kept in the stored projection").isTrue();
            assertThat(again.nameInBulletin(neighbour.id())).isFalse();
        }
    }

    @Test
    void theEighteenDigitIdCheckDigitIsValidated() {
        assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("**************002X"); // GB 11643 example
        String wrong = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> IdNumber.parse(wrong))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_CHECK_DIGIT));
    }

    @Test
    void malformedIdNumbersAreRefused() {
        for (String bad : new String[] {null, "", "1101051949", "11010519491301002X", "A1010519491231002X", "110105194912310021X", "1101051949123100Z2"}) {
            assertThatThrownBy(() -> IdNumber.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_ID_NUMBER));
        }
    }

    @Test
    void anIdNumberNeverPrintsInClear() {
        IdNumber id = IdNumber.parse(ID);
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(ID.substring(6, 14));
        assertThat(registration(ID, BORN, "13812345678").toString()).doesNotContain(ID);
    }

    @Test
    void phonesAreShownMasked() {
        assertThat(Phone.parse("138 1234 5678").masked()).isEqualTo("138****5678");
        assertThat(Phone.parse("13812345678").toString()).isEqualTo("138****5678");
        assertThatThrownBy(() -> Phone.parse("12345"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_PHONE));
    }

    @Test
    void registrationKeepsOnlyAKeyedHashAndAMaskedIdNumber(@TempDir Path dir) throws Exception {
        try (TestStation t = new TestStation(H2EventStore.open(dir), "station-a")) {
            Member m = t.community.members().register(registration(ID, BORN, "13812345678"));
            assertThat(m.idMasked()).isEqualTo("**************" + ID.substring(14));
            assertThat(m.idHash()).hasSize(64).doesNotContain(ID);
            assertThat(t.community.members().byIdNumber(ID)).contains(m);
            assertThat(m.roles()).contains(Role.MEMBER);
        }
        // the number in clear is nowhere in the data folder, in any encoding H2 might use
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                assertThat(latin).as(f.toString()).doesNotContain(ID).doesNotContain(ID.substring(6, 14) + ID.substring(14, 17))
                        .as("nor the birth date, nor the region").doesNotContain(BORN.toString()).doesNotContain(ID.substring(0, 6) + "*");
                assertThat(new String(bytes, StandardCharsets.UTF_16BE)).doesNotContain(ID);
                assertThat(new String(bytes, StandardCharsets.UTF_16LE)).doesNotContain(ID);
            }
        }
    }

    @Test
    void anIdCardIsRegisteredOnlyOnce() {
        try (TestStation t = new TestStation()) {
            t.community.members().register(registration(ID, BORN, "13812345678"));
            refused(t, ErrorCode.DUPLICATE_ID_NUMBER, registration(ID.toLowerCase(), BORN, "13900000000"));
        }
    }

    @Test
    void theBirthDateMustAgreeWithTheIdNumber() {
        try (TestStation t = new TestStation()) {
            refused(t, ErrorCode.ID_BIRTH_DATE_MISMATCH, registration(ID, BORN.plusDays(1), "13812345678"));
        }
    }

    @Test
    void registrationRefusesMissingNameAddressPhoneOrRoles() {
        try (TestStation t = new TestStation()) {
            refused(t, ErrorCode.NAME_REQUIRED, new Registration(" ", Gender.MALE, BORN, "x", ID, "13812345678", Set.of(Role.MEMBER)));
            refused(t, ErrorCode.ADDRESS_REQUIRED, new Registration("王", Gender.MALE, BORN, "", ID, "13812345678", Set.of(Role.MEMBER)));
            refused(t, ErrorCode.MALFORMED_PHONE, registration(ID, BORN, "2381234567"));
            refused(t, ErrorCode.NO_ROLES, new Registration("王", Gender.MALE, BORN, "x", ID, "13812345678", Set.of()));
            refused(t, ErrorCode.MALFORMED_ID_NUMBER, registration("123", BORN, "13812345678"));
        }
    }

    @Test
    void rolesChangeByEventWithOperatorAndReason() {
        try (TestStation t = new TestStation()) {
            Member m = t.community.members().register(registration(ID, BORN, "13812345678"));
            Member captain = t.community.members().changeRoles(m.id(), EnumSet.of(Role.VOLUNTEER, Role.CAPTAIN), "manager-1", "楼长任命");
            assertThat(captain.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.VOLUNTEER, Role.CAPTAIN);
            assertThatThrownBy(() -> t.community.members().changeRoles(m.id(), Set.of(Role.STAFF), "manager-1", ""))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REASON_REQUIRED));
            assertThatThrownBy(() -> t.community.members().changeRoles("M404", Set.of(Role.STAFF), "manager-1", "x"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_MEMBER));
        }
    }

    @Test
    void memberNumbersAreStableAndDoNotRevealTheIdNumber() {
        IdNumberHasher h = new IdNumberHasher(new byte[32]);
        String a = h.memberId(IdNumber.parse(ID));
        assertThat(a).matches("M[0-9A-HJKMNP-TV-Z]{10}").isEqualTo(h.memberId(IdNumber.parse(ID)));
        IdNumberHasher other = new IdNumberHasher(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
            22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertThat(other.memberId(IdNumber.parse(ID))).isNotEqualTo(a);
    }

    @Test
    void aRegistrationAtTheKioskWaitsForTheStaffAndApprovalRegistersWithTheChosenPin() {
        try (org.timestation.community.TestStation st = new org.timestation.community.TestStation()) {
            java.time.LocalDate birth = java.time.LocalDate.of(1950, 2, 3);
            String id = org.timestation.community.TestStation.idNumber(birth, 77);
            org.timestation.member.Registration r = new org.timestation.member.Registration("吴阿婆", org.timestation.member.Gender.FEMALE, birth,
                    "幸福里3号楼", id, "13912345678", java.util.EnumSet.of(org.timestation.member.Role.MEMBER));
            MemberService ms = st.community.members();
            st.refused(org.timestation.text.ErrorCode.PINS_DIFFER, () -> ms.apply(r, "246810", "246811"));
            st.refused(org.timestation.text.ErrorCode.WEAK_PIN, () -> ms.apply(r, "000000", "000000"));
            Application a = ms.apply(r, "246810", "246810");
            assertThat(a.status()).isEqualTo(Application.Status.PENDING);
            assertThat(ms.byIdNumber(id)).as("not a member until approved").isEmpty();
            st.refused(org.timestation.text.ErrorCode.ALREADY_APPLIED, () -> ms.apply(r, "246810", "246810"));
            assertThat(ms.pendingApplications()).extracting(Application::id).containsExactly(a.id());
            assertThat(st.store.feed(st.community.nodeId(), 0, 100).stream().map(e -> e.payload()).filter(p -> p.contains(id))).isEmpty();
            ms.decide(a.id(), true, "staff-1", "核对身份证原件 checked the card");
            Member m = ms.byIdNumber(id).orElseThrow();
            assertThat(ms.identifyByPin(m.id(), "246810").memberId()).isEqualTo(m.id());
            assertThat(ms.pendingApplications()).isEmpty();
            st.refused(org.timestation.text.ErrorCode.UNKNOWN_APPLICATION, () -> ms.decide(a.id(), false, "staff-1", "again"));
            st.refused(org.timestation.text.ErrorCode.DUPLICATE_ID_NUMBER, () -> ms.apply(r, "246810", "246810"));
        }
    }

    @Test
    void aMemberCodeSignsInButIsNotProofForActingOnSomeonesBehalf() {
        try (org.timestation.community.TestStation st = new org.timestation.community.TestStation()) {
            Member elder = st.register("老赵", 81);
            String code = st.community.members().byId(elder.id()).map(m -> st.community.memberCodes().codeFor(m.id())).orElseThrow();
            assertThat(code).startsWith("TSM1.").matches("[0-9A-Z $%*+\\-./:]+").hasSizeLessThanOrEqualTo(160); // fits a version-6 QR at level M (154 alphanumeric characters)
            Identified id = st.community.memberCodes().identify(code);
            assertThat(id.memberId()).isEqualTo(elder.id());
            assertThat(id.method()).isEqualTo(Identified.Method.QR);
            st.refused(org.timestation.text.ErrorCode.ELDER_NOT_IDENTIFIED, () -> Identified.require(id, elder.id(), st.clock.instant()));
            String flipped = code.substring(0, 12) + (code.charAt(12) == 'A' ? 'B' : 'A') + code.substring(13);
            st.refused(org.timestation.text.ErrorCode.MEMBER_CODE_INVALID, () -> st.community.memberCodes().identify(flipped));
            st.refused(org.timestation.text.ErrorCode.MEMBER_CODE_INVALID, () -> st.community.memberCodes().identify("TS1.ABC"));
            st.refused(org.timestation.text.ErrorCode.MEMBER_CODE_INVALID, () -> st.community.memberCodes().identify("hello"));
        }
    }

    @Test
    void aMemberCodeExpiresAndPrintingANewOneRetiresTheOldOnes() {
        try (org.timestation.community.TestStation st = new org.timestation.community.TestStation()) {
            Member elder = st.register("老赵", 81);
            MemberCodes codes = st.community.memberCodes();
            String first = codes.codeFor(elder.id());
            String second = codes.codeFor(elder.id());
            assertThat(codes.identify(second).memberId()).isEqualTo(elder.id());
            assertThatThrownBy(() -> codes.identify(first)).as("a lost old statement no longer signs in")
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_CODE_REPLACED));
            st.clock.advance(java.time.Duration.ofDays(89));
            assertThat(codes.identify(second).memberId()).isEqualTo(elder.id());
            st.clock.advance(java.time.Duration.ofDays(2));
            assertThatThrownBy(() -> codes.identify(second)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_CODE_EXPIRED);
                assertThat(e.text().zh()).contains("90 天");
            });
        }
    }

    @Test
    void aMemberCodeAloneNeverGivesIssuesAVoucherOrPays() {
        try (org.timestation.community.TestStation st = new org.timestation.community.TestStation()) {
            Member elder = st.register("老赵", 81);
            Member grandson = st.register("小赵", 20);
            st.earn(elder, 120);
            Identified byCode = st.community.memberCodes().identify(st.community.memberCodes().codeFor(elder.id()));
            st.refused(ErrorCode.IDENTIFICATION_REQUIRED,
                    () -> st.community.credits().gift(byCode, grandson.id(), org.timestation.credit.Minutes.of(60), null));
            st.refused(ErrorCode.IDENTIFICATION_REQUIRED,
                    () -> st.community.merchants().issueVoucher(byCode, grandson.id(), org.timestation.credit.Minutes.of(60)));
            st.refused(ErrorCode.IDENTIFICATION_REQUIRED,
                    () -> st.community.exchanges().confirm("station-test/1", byCode, org.timestation.credit.Minutes.of(60)));
            Identified tapped = st.tapCard(elder);
            st.clock.advance(java.time.Duration.ofMinutes(11));
            st.refused(ErrorCode.IDENTIFICATION_EXPIRED,
                    () -> st.community.credits().gift(tapped, grandson.id(), org.timestation.credit.Minutes.of(60), null));
            st.community.credits().gift(st.tapCard(elder), grandson.id(), org.timestation.credit.Minutes.of(60), null);
            assertThat(st.community.credits().balance(grandson.id())).isEqualTo(org.timestation.credit.Minutes.of(60));
        }
    }
}
