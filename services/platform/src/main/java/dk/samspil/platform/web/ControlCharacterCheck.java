package dk.samspil.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;

/**
 * Every command's body, as read, is refused with 400 naming the field when a text in it holds a control character
 * ({@link ControlCharacters}): once here for every controller, before validation, so nothing downstream ever sees one.
 */
@ControllerAdvice
public class ControlCharacterCheck extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        ControlCharacters.in(body).ifPresent(found -> {
            throw new ControlCharacterRefused(found);
        });
        return body;
    }

    /** A text in a request body that holds a refused character. */
    public static final class ControlCharacterRefused extends RuntimeException {

        private final transient ControlCharacters.Found found;

        ControlCharacterRefused(ControlCharacters.Found found) {
            super(found.message());
            this.found = found;
        }

        public ControlCharacters.Found found() {
            return found;
        }
    }
}
