package dk.samspil.municipality.fundingpool.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.FundingPoolFundsReleased;
import dk.samspil.contracts.municipality.FundingPoolFundsReserved;
import dk.samspil.contracts.municipality.FundingPoolFundsSettled;
import dk.samspil.contracts.municipality.FundingPoolOpened;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReleasedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReservedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsSettledEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolOpenedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Turns the funding pool's internal events into the published contract, from the event store (the outbox). */
@Component
@ProcessingGroup("kafka-publisher")
class FundingPoolEventPublisher {

    private final DomainEventPublication publication;

    FundingPoolEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(FundingPoolOpenedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FUNDING_POOL_OPENED, Sources.municipality(event.municipalityCode()), message,
                new FundingPoolOpened(event.fundingPoolId(), event.municipalityCode(), event.accountingYear(),
                        event.amount()));
    }

    @EventHandler
    void on(FundingPoolFundsReservedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FUNDING_POOL_FUNDS_RESERVED,
                Sources.municipality(event.municipalityCode()), message,
                new FundingPoolFundsReserved(event.fundingPoolId(), event.municipalityCode(), event.accountingYear(),
                        event.initiativeId(), event.reservedAmount(), event.amount(), event.reserved(), event.spent()));
    }

    @EventHandler
    void on(FundingPoolFundsSettledEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FUNDING_POOL_FUNDS_SETTLED,
                Sources.municipality(event.municipalityCode()), message,
                new FundingPoolFundsSettled(event.fundingPoolId(), event.municipalityCode(), event.accountingYear(),
                        event.initiativeId(), event.reservedAmount(), event.actualAmount(), event.amount(),
                        event.reserved(), event.spent()));
    }

    @EventHandler
    void on(FundingPoolFundsReleasedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FUNDING_POOL_FUNDS_RELEASED,
                Sources.municipality(event.municipalityCode()), message,
                new FundingPoolFundsReleased(event.fundingPoolId(), event.municipalityCode(), event.accountingYear(),
                        event.initiativeId(), event.releasedAmount(), event.amount(), event.reserved(), event.spent()));
    }
}
