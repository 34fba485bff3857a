package dk.samspil.municipality.concernfeed.messaging;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a webhook may call: absolute http(s) only; never a link-local, multicast or any-local address (the cloud
 * metadata service sits on a link-local one); loopback only when {@code samspil.webhooks.allow-loopback=true}. A name
 * that does not resolve yet is accepted when subscribing: every delivery checks the resolved addresses again.
 */
@Component
public class WebhookDestinations {

    private final boolean allowLoopback;

    public WebhookDestinations(WebhookProperties properties) {
        this.allowLoopback = properties.allowLoopback();
    }

    /** Checks the form of the URL and the addresses it resolves to now; an unresolvable host passes. */
    public URI checkForSubscription(String url) {
        URI uri = parse(url);
        try {
            checkAddresses(url, InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            // checked again at every delivery
        }
        return uri;
    }

    /** Checks the URL as a delivery is about to call it: the host must resolve to allowed addresses only. */
    URI checkForDelivery(String url) {
        URI uri = parse(url);
        try {
            checkAddresses(url, InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            throw new InvalidWebhookUrlException(url, "værten " + uri.getHost() + " kan ikke slås op");
        }
        return uri;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidWebhookUrlException(url, "ikke en gyldig URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidWebhookUrlException(url, "skal være en absolut http- eller https-adresse");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidWebhookUrlException(url, "mangler en vært");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidWebhookUrlException(url, "må ikke indeholde brugernavn eller adgangskode");
        }
        return uri;
    }

    private void checkAddresses(String url, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
                throw new InvalidWebhookUrlException(url, "adressen " + address.getHostAddress() + " er ikke tilladt");
            }
            if (address.isLoopbackAddress() && !allowLoopback) {
                throw new InvalidWebhookUrlException(url, "adressen " + address.getHostAddress()
                        + " er lokal og ikke tilladt");
            }
        }
    }
}
