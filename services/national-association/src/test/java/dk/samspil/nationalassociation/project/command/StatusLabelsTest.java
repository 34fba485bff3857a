package dk.samspil.nationalassociation.project.command;

import dk.samspil.contracts.national.PilotStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own statuses and the contract's vocabulary, which the municipalities and district councils derive
 * from the published events, name and label every status alike: a user reads the same word in every service.
 */
class StatusLabelsTest {

    @Test
    void project_statuses_read_as_the_published_vocabulary() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(dk.samspil.contracts.national.ProjectStatus.valueOf(status.name()).label())
                    .as(status.name()).isEqualTo(status.label());
        }
        assertThat(dk.samspil.contracts.national.ProjectStatus.values()).hasSameSizeAs(ProjectStatus.values());
    }

    @Test
    void pilot_municipality_statuses_read_as_the_published_vocabulary() {
        for (PilotMunicipalityStatus status : PilotMunicipalityStatus.values()) {
            assertThat(PilotStatus.valueOf(status.name()).label()).as(status.name()).isEqualTo(status.label());
        }
        assertThat(PilotStatus.values()).hasSameSizeAs(PilotMunicipalityStatus.values());
    }
}
