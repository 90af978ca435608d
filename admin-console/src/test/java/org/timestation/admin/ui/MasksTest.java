package org.timestation.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses are shown to the building, never to the door. */
class MasksTest {
    @Test
    void anAddressIsShownToItsBuilding() {
        assertThat(Masks.address("幸福里小区9号楼5单元131室")).isEqualTo("幸福里小区9号楼…");
        assertThat(Masks.address("幸福里小区12栋2单元301")).isEqualTo("幸福里小区12栋…");
        assertThat(Masks.address("幸福里小区9号楼")).isEqualTo("幸福里小区9号楼");
        assertThat(Masks.address("老街三巷十七号后院")).isEqualTo("老街三巷十七…");
        assertThat(Masks.address("幸福里")).isEqualTo("幸福里");
        assertThat(Masks.address(null)).isEmpty();
    }
}
