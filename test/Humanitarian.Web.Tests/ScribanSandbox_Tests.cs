using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Web.Tests;

/// <summary>A tenant's template is untrusted code: it reads the model as data and is stopped by limits and a timeout.</summary>
public sealed class ScribanSandbox_Tests
{
    private sealed record Model(string UserName, IReadOnlyList<int> Numbers);

    [Fact]
    public async Task Should_render_the_model_in_camel_case_as_the_api_writes_it()
    {
        var html = await ScribanSandbox.RenderAsync(
            "{{ model.userName }}:{{ for n in model.numbers }}{{ n }}{{ end }}", new Model("nguyen.van.a", [1, 2, 3]));

        html.ShouldBe("nguyen.van.a:123");
    }

    [Fact]
    public async Task Should_not_reach_any_dotnet_member_of_the_model()
    {
        var html = await ScribanSandbox.RenderAsync(
            "[{{ model.GetType }}][{{ model.userName.Length }}][{{ model.numbers.Capacity }}]", new Model("a", [1]));

        html.ShouldBe("[][][]");
    }

    [Fact]
    public async Task Should_stop_an_endless_loop()
    {
        var error = await Should.ThrowAsync<TemplateRenderingException>(() => ScribanSandbox.RenderAsync("{{ while true }}x{{ end }}", null));

        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_stop_endless_recursion()
    {
        await Should.ThrowAsync<TemplateRenderingException>(() =>
            ScribanSandbox.RenderAsync("{{ func f\n f\nend\nf }}", null));
    }

    [Fact]
    public async Task Should_stop_a_template_that_renders_too_long()
    {
        // Within the loop limit, but each step builds a large string: the timeout ends it.
        var error = await Should.ThrowAsync<TemplateRenderingException>(() => ScribanSandbox.RenderAsync(
            "{{ for i in 1..1000 }}{{ s = '' | string.pad_right 100000 }}{{ s = s | string.replace ' ' 'ab' }}{{ end }}",
            null, timeout: TimeSpan.FromMilliseconds(50)));

        error.Message.ShouldContain("too long");
    }

    [Fact]
    public async Task Should_not_include_other_files()
    {
        await Should.ThrowAsync<TemplateRenderingException>(() => ScribanSandbox.RenderAsync("{{ include '/etc/passwd' }}", null));
    }

    [Fact]
    public void Should_report_a_content_that_does_not_parse()
    {
        ScribanSandbox.GetErrors("{{ if model.x }}no end").ShouldNotBeEmpty();
        ScribanSandbox.GetErrors("{{ if model.x }}yes{{ end }}").ShouldBeEmpty();
    }
}
