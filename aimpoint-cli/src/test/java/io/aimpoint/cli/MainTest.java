package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void help_lists_the_serve_and_demo_commands() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("serve", "demo");
  }

  @Test
  void version_names_the_project_version() {
    assertThat(run("--version")).isZero();

    assertThat(out.toString()).startsWith("aimpoint " + VersionProvider.version());
    assertThat(VersionProvider.version()).isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void without_a_command_it_explains_the_choices() {
    assertThat(run()).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(err.toString()).contains("Missing a command", "serve", "demo");
  }

  @Test
  void serve_defaults_to_port_8080_and_the_data_directory_under_the_working_directory() {
    CommandLine.ParseResult parsed =
        Main.commandLine().parseArgs("serve", "--admin-key", "configured-admin-key-123");
    ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();

    ServeOptions options = serve.options();

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(options.baseUrl()).isNull();
    assertThat(options.adminKey())
        .isEqualTo(new AdminKey("configured-admin-key-123", AdminKey.Source.OPTION));
  }

  @Test
  void a_bad_option_value_fails_with_one_line_naming_it() {
    int exitCode = run("serve", "--port", "70000", "--admin-key", "configured-admin-key-123");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("aimpoint serve: port must be in 0..65535; port=70000");
  }

  @Test
  void a_base_url_must_be_http() {
    int exitCode = run("serve", "--base-url", "ftp://x", "--admin-key", "configured-admin-key-123");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("baseUrl=ftp://x");
  }
}
