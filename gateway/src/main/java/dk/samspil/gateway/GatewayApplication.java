package dk.samspil.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    private static final String NETTY_ALLOCATOR = "io.netty.allocator.type";

    /**
     * Netty 4.2 made its adaptive buffer allocator the default. With it the gateway handled 57 and 58 commands/s at
     * saturation where Netty 4.1's pooled allocator had handled 62 and 63, and 68 with the pooled allocator on Netty
     * 4.2 ({@code ./samspil bench}, one sitting, 2 cores). An operator's own {@code -Dio.netty.allocator.type} wins.
     */
    public static void main(String[] args) {
        if (System.getProperty(NETTY_ALLOCATOR) == null) {
            System.setProperty(NETTY_ALLOCATOR, "pooled");
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
