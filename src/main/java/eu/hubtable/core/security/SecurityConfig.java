package eu.hubtable.core.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.hubtable.core.security.ui.LoginView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** argon2id, 19 MiB, t=2 (OWASP's minimum), behind the delegating encoder so it can evolve. */
    static final String ENCODER_ID = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/calendar/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2id = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder(ENCODER_ID, Map.of(ENCODER_ID, argon2id));
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService members, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(members);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle);
    }
}
