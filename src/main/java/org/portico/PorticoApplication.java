package org.portico;

import org.portico.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Portico: one back office serving several branded customer sites.
 *
 * <p>Without arguments the web application starts. With a command word first
 * ({@code import knowledge …}) the same application starts without a web server, runs
 * that command against the configured data folder and exits with its status.
 */
@SpringBootApplication
@EnableScheduling
public class PorticoApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(PorticoApplication.class, args));
        }
        SpringApplication.run(PorticoApplication.class, args);
    }
}
