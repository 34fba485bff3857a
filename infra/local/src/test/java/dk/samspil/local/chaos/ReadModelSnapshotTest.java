package dk.samspil.local.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelSnapshotTest {

    private static final String STEVNS = "0336";

    private final ReadModelSnapshot expected = Truth.of(List.of(
            registered("a"), registered("b"), submitted("b"), raised("c"))).expected(List.of(STEVNS), List.of("1467"));

    @Test
    void aSnapshotShowingWhatTheEventsSayHasNoDiscrepancies() {
        ReadModelSnapshot shown = dashboard(2, 1, 1).list(ReadModel.MUNICIPALITY_INITIATIVES, STEVNS, "a", "DRAFT")
                .list(ReadModel.MUNICIPALITY_INITIATIVES, STEVNS, "b", "SUBMITTED")
                .build();

        assertThat(only(shown.compareTo(expected), ReadModel.DISTRICT_DASHBOARD)).isEmpty();
        assertThat(only(shown.compareTo(expected), ReadModel.MUNICIPALITY_INITIATIVES)).isEmpty();
    }

    @Test
    void aCounterShortOfAnInitiativeAndItsStatusCountsOneLost() {
        ReadModelSnapshot shown = dashboard(1, 0, 1).build();

        assertThat(only(shown.compareTo(expected), ReadModel.DISTRICT_DASHBOARD)).singleElement()
                .satisfies(discrepancy -> {
                    assertThat(discrepancy.missing()).isEqualTo(1);
                    assertThat(discrepancy.surplus()).isZero();
                    assertThat(discrepancy.wrongStatus()).isZero();
                    assertThat(discrepancy.scope().code()).isEqualTo(STEVNS);
                    assertThat(discrepancy.detail()).contains("indsatser 1 (ventet 2)", "DRAFT 0 (ventet 1)");
                });
    }

    @Test
    void aStepCountedInTheStatusBeforeItIsOneInTheWrongStatusNotALoss() {
        ReadModelSnapshot shown = dashboard(2, 2, 0).build();

        assertThat(only(shown.compareTo(expected), ReadModel.DISTRICT_DASHBOARD)).singleElement()
                .satisfies(discrepancy -> {
                    assertThat(discrepancy.wrongStatus()).isEqualTo(1);
                    assertThat(discrepancy.missing()).isZero();
                    assertThat(discrepancy.surplus()).isZero();
                });
    }

    @Test
    void anInitiativeCountedTwiceIsASurplus() {
        ReadModelSnapshot shown = dashboard(3, 2, 1).build();

        assertThat(only(shown.compareTo(expected), ReadModel.DISTRICT_DASHBOARD)).singleElement()
                .satisfies(discrepancy -> assertThat(discrepancy.surplus()).isEqualTo(1));
    }

    @Test
    void aListingNamesWhatIsMissingListedTwiceOrInAnotherStatus() {
        ReadModelSnapshot shown = new ReadModelSnapshot.Builder()
                .list(ReadModel.MUNICIPALITY_INITIATIVES, STEVNS, "b", "DRAFT")
                .list(ReadModel.MUNICIPALITY_INITIATIVES, STEVNS, "x", "DRAFT")
                .list(ReadModel.MUNICIPALITY_CONCERNS, STEVNS, "c", "")
                .list(ReadModel.MUNICIPALITY_CONCERNS, STEVNS, "c", "")
                .build();

        List<ReadModelSnapshot.Discrepancy> discrepancies = shown.compareTo(expected);

        assertThat(only(discrepancies, ReadModel.MUNICIPALITY_INITIATIVES)).singleElement().satisfies(discrepancy -> {
            assertThat(discrepancy.missing()).isEqualTo(1);
            assertThat(discrepancy.surplus()).isEqualTo(1);
            assertThat(discrepancy.wrongStatus()).isEqualTo(1);
            assertThat(discrepancy.detail()).contains("mangler 1: a", "for mange 1: x", "b DRAFT (ventet SUBMITTED)");
        });
        assertThat(only(discrepancies, ReadModel.MUNICIPALITY_CONCERNS)).singleElement()
                .satisfies(discrepancy -> assertThat(discrepancy.surplus()).isEqualTo(1));
    }

    @Test
    void twoSnapshotsOfTheSameFiguresAreEqualSoAReadModelCanBeComparedWithItsRebuild() {
        ReadModelSnapshot before = dashboard(2, 1, 1).build();
        ReadModelSnapshot afterRebuild = dashboard(2, 1, 1).build();

        assertThat(afterRebuild.compareTo(before)).isEmpty();
        assertThat(dashboard(1, 0, 1).build().compareTo(before)).hasSize(1);
    }

    private static ReadModelSnapshot.Builder dashboard(long initiatives, long drafts, long submitted) {
        return new ReadModelSnapshot.Builder()
                .count(ReadModel.DISTRICT_DASHBOARD, STEVNS, ReadModel.INITIATIVES, initiatives)
                .count(ReadModel.DISTRICT_DASHBOARD, STEVNS, "DRAFT", drafts)
                .count(ReadModel.DISTRICT_DASHBOARD, STEVNS, "SUBMITTED", submitted)
                .count(ReadModel.DISTRICT_DASHBOARD, STEVNS, "APPROVED", 0);
    }

    private static List<ReadModelSnapshot.Discrepancy> only(List<ReadModelSnapshot.Discrepancy> discrepancies, ReadModel model) {
        return discrepancies.stream().filter(discrepancy -> discrepancy.scope().model() == model).toList();
    }

    static StoredEvent registered(String initiative) {
        return new StoredEvent(initiative, 0, StoredEvent.INITIATIVE, "InitiativeRegisteredEvent", initiative + "-0", STEVNS);
    }

    static StoredEvent submitted(String initiative) {
        return new StoredEvent(initiative, 1, StoredEvent.INITIATIVE, "InitiativeSubmittedEvent", initiative + "-1", STEVNS);
    }

    static StoredEvent raised(String concern) {
        return new StoredEvent(concern, 0, StoredEvent.CONCERN, "ConcernRaisedEvent", concern + "-0", STEVNS);
    }
}
