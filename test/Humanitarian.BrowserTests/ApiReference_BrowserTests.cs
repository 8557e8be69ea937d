using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The API reference page (Scalar, /scalar/v1) as an integrator opens it on a network that reaches only the
/// app: everything it loads comes from the app, and its CSP refuses nothing.
/// </summary>
public sealed class ApiReference_BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_show_the_operations_with_nothing_loaded_from_elsewhere_and_no_CSP_violation()
    {
        var elsewhere = new List<string>();
        Page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" && url.Authority != Session.BaseAddress.Authority)
            {
                elsewhere.Add(request.Url);
            }
        };

        await Session.GotoAsync("/scalar/v1");

        // The document was read and rendered: its title is shown.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.GetByText("Humanitarian API").First).ToBeVisibleAsync();
        elsewhere.ShouldBeEmpty(string.Join(", ", elsewhere));
        Session.ShouldHaveNoPageProblems();
    }
}
