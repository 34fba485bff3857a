package dk.samspil.platform.cpr;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Checks every text of every command before it is dispatched, whichever way it came (REST or Kafka): the strings of
 * the command record, of the records, lists and maps inside it, named by their path ({@code budgetLines[1].heading},
 * {@code participants.0336}). A hit stops the command before any aggregate sees it, so nothing is stored. The
 * aggregate's identifier ({@link TargetAggregateIdentifier}) is not text a person wrote and is not checked.
 */
public class CprCheckedCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            fieldWithCprNumber(command.getPayload(), "").ifPresent(field -> {
                throw new CprNumberInText(field);
            });
            return command;
        };
    }

    /** The path of the first text that reads as a CPR number. */
    static Optional<String> fieldWithCprNumber(Object value, String path) {
        if (value instanceof CharSequence text) {
            return CprNumbers.containsCprNumber(text.toString()) ? Optional.of(path) : Optional.empty();
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)) {
                    continue;
                }
                Optional<String> found = fieldWithCprNumber(valueOf(record, component),
                        path.isEmpty() ? component.getName() : path + "." + component.getName());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                Optional<String> found = fieldWithCprNumber(element, path + "[" + index++ + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                String entryPath = path + "." + entry.getKey();
                Optional<String> found = fieldWithCprNumber(entry.getKey(), entryPath)
                        .or(() -> fieldWithCprNumber(entry.getValue(), entryPath));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Object valueOf(Record record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
