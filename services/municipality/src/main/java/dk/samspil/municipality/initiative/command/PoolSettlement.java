package dk.samspil.municipality.initiative.command;

/** A funded initiative's final accounts, to be settled in the pool that holds its reservation. */
public record PoolSettlement(String fundingPoolId, long actualTotal) {
}
