package dk.samspil.municipality.initiative.command;

import dk.samspil.municipality.fundingpool.command.FundingPool;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The steps of an initiative that move money in its funding pool. Both aggregates change in one unit of work: when
 * either refuses, neither stores an event.
 */
@Component
public class InitiativeFundingHandler {

    private final Repository<Initiative> initiatives;
    private final Repository<FundingPool> fundingPools;

    public InitiativeFundingHandler(Repository<Initiative> initiatives, Repository<FundingPool> fundingPools) {
        this.initiatives = initiatives;
        this.fundingPools = fundingPools;
    }

    @CommandHandler
    public void handle(ApproveInitiativeBudgetCommand command, Clock clock) {
        long budgetTotal = initiatives.load(command.initiativeId()).invoke(initiative -> initiative.approveBudget(command));
        pool(FundingPool.idOf(command.municipalityCode(), command.accountingYear()), command.accountingYear())
                .execute(pool -> pool.reserve(command.initiativeId(), budgetTotal, LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(WithdrawInitiativeCommand command) {
        initiatives.load(command.initiativeId()).invoke(initiative -> initiative.withdraw(command))
                .ifPresent(fundingPoolId -> fundingPools.load(fundingPoolId)
                        .execute(pool -> pool.release(command.initiativeId())));
    }

    @CommandHandler
    public void handle(CompleteInitiativeCommand command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        initiatives.load(command.initiativeId()).invoke(initiative -> initiative.complete(command, today))
                .ifPresent(settlement -> fundingPools.load(settlement.fundingPoolId())
                        .execute(pool -> pool.settle(command.initiativeId(), settlement.actualTotal(), today)));
    }

    private Aggregate<FundingPool> pool(String fundingPoolId, int accountingYear) {
        try {
            return fundingPools.load(fundingPoolId);
        } catch (AggregateNotFoundException e) {
            throw new InitiativeRuleViolation("accountingYear", "Kommunen har ingen pulje for " + accountingYear);
        }
    }
}
