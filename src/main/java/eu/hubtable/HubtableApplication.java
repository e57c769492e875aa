package eu.hubtable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class HubtableApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubtableApplication.class, args);
    }
}
