using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The Fundraising module's pages along money's path: a new tenant's admin creates a fund and a donor, records
/// a gift typed 1.500.000 and gets its receipt number, sees the fund's balance rise and prints the receipt; a
/// disbursement above the balance is refused beside its amount in Vietnamese, a smaller one lowers the balance;
/// cancelling the spent gift is refused with the service's message, cancelling an unspent one succeeds; the
/// lists filter by days and cancellation, a donor's withdrawn consent is recorded, and a gift in dollars is
/// converted at the rate typed.
/// </summary>
public sealed class FundraisingPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    [Fact]
    public async Task Should_record_a_donation_print_its_receipt_disburse_within_the_balance_and_cancel()
    {
        var suffix = UniqueSuffix();
        var tenant = $"fr-{suffix}";
        var fund = $"Quỹ Nhân đạo {suffix}";
        var donor = $"Công ty TNHH Hòa Bình {suffix}";
        using (var host = await ApiSession.SignInAsync(Fixture.Host.BaseAddress, null, "admin"))
        {
            await host.CreateAsync("/api/multi-tenancy/tenants", new
            {
                name = tenant, displayName = $"Tỉnh Vận Động {suffix}", level = "Province",
                adminEmailAddress = $"admin.{tenant}@example.org", adminPassword = HostProcess.DemoPassword,
            });
        }

        // The menu leads to the funds; a new one starts empty.
        await Session.SignInAsync(tenant, "admin");
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Vận động tài chính", Exact = true }).ClickAsync();
        await Session.NavigationLink("Quỹ").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Fundraising/Funds$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm quỹ" }).ClickAsync();
        await Page.Locator("#Input_Code").FillAsync("QND");
        await Page.Locator("#Input_Name").FillAsync(fund);
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã thêm quỹ \"{fund}\".");
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("0\u00A0₫");
        var fundPath = new Uri(Page.Url).PathAndQuery;

        // A donor who consents to being named: the consent shows when it was recorded.
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm nhà hảo tâm" }).ClickAsync();
        await Page.Locator("#Input_Name").FillAsync(donor);
        await Page.Locator("#Input_Kind").SelectOptionAsync("Business");
        await Page.Locator("#Input_TaxCode").FillAsync("0101234567");
        await Page.Locator("#Input_PublishName").CheckAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã thêm nhà hảo tâm \"{donor}\".");
        await Expect(Page.Locator("#publish-consent")).ToContainTextAsync("Ghi nhận lúc");

        // A gift from the fund's page, typed with Vietnam's grouping: numbered, and the fund holds it.
        await Session.GotoAsync(fundPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#Input_DonorId").SelectOptionAsync(new SelectOptionValue { Label = donor });
        await Page.Locator("#Input_Amount").FillAsync("1.500.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận và cấp biên nhận" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync(new Regex(@"Đã ghi nhận khoản ủng hộ, biên nhận số \d{4}/\d{6}\."));
        await Expect(Page.Locator("#receipt-number")).ToHaveTextAsync(new Regex(@"^\d{4}/000001$"));
        var receiptNumber = await Page.Locator("#receipt-number").InnerTextAsync();
        var donationPath = new Uri(Page.Url).PathAndQuery;
        await Session.GotoAsync(fundPath);
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("1.500.000\u00A0₫");
        await Expect(Page.Locator("#fund-ledger tr[data-kind='Donation']")).ToContainTextAsync("1.500.000\u00A0₫");
        await Expect(Page.Locator("#fund-chart canvas")).ToHaveAttributeAsync("data-chart", new Regex("1500000"));
        await Session.ScreenshotAsync("fundraising-01-fund");

        // The printable receipt: Decree 30's heading, the number, the donor and the amount in figures.
        await Session.GotoAsync(donationPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "In biên nhận" }).ClickAsync();
        await Expect(Page.Locator("#receipt .receipt-title")).ToHaveTextAsync("BIÊN NHẬN TIỀN/HIỆN VẬT ỦNG HỘ");
        await Expect(Page.Locator("#receipt .receipt-nation")).ToContainTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        await Expect(Page.Locator("#receipt .receipt-nation")).ToContainTextAsync("Độc lập – Tự do – Hạnh phúc");
        await Expect(Page.Locator("#receipt-number")).ToHaveTextAsync($"Số: {receiptNumber}");
        await Expect(Page.Locator("#receipt-donor")).ToHaveTextAsync(donor);
        await Expect(Page.Locator("#receipt-amount")).ToHaveTextAsync("1.500.000\u00A0₫");
        await Session.ScreenshotAsync("fundraising-02-receipt");

        // More than the fund holds: refused beside the amount, in Vietnamese; then what it can pay.
        await Session.GotoAsync(fundPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản chi" }).ClickAsync();
        await Page.Locator("#Input_Amount").FillAsync("2.000.000");
        await Page.Locator("#Input_Purpose").FillAsync("Quà Tết cho hộ nghèo");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản chi" }).ClickAsync();
        await Expect(Page.Locator("main [data-valmsg-for='Input.Amount']"))
            .ToContainTextAsync("Quỹ chỉ còn 1.500.000\u00A0₫ không thuộc khoản hạn định nào; không thể chi số tiền này.");
        await Expect(Page.Locator("#Input_Amount")).ToHaveValueAsync("2.000.000");
        await Session.ScreenshotAsync("fundraising-03-overdraft");
        await Page.Locator("#Input_Amount").FillAsync("500.000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản chi" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã chi 500.000\u00A0₫ từ {fund}.");
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("1.000.000\u00A0₫");
        await Session.GotoAsync("/Fundraising/Disbursements");
        await Expect(Page.Locator("main table.disbursement-list tr[data-purpose='Quà Tết cho hộ nghèo']")).ToContainTextAsync("500.000\u00A0₫");

        // The spent gift cannot be cancelled whole: the service's message shows on the form.
        await Session.GotoAsync(donationPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Hủy khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#Input_Reason").FillAsync("Nhập sai số tiền");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Hủy khoản ủng hộ" }).ClickAsync();
        await Expect(Page.Locator("main .form-errors")).ToContainTextAsync("Không thể hủy: số tiền này đã được chi");

        // An unspent gift is cancelled with its reason; the fund is back where it was.
        await Session.GotoAsync(fundPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#Input_Amount").FillAsync("200000");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận và cấp biên nhận" }).ClickAsync();
        await Expect(Page.Locator("#receipt-number")).ToHaveTextAsync(new Regex(@"^\d{4}/000002$"));
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Hủy khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#Input_Reason").FillAsync("Ghi nhầm quỹ");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Hủy khoản ủng hộ" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync(new Regex(@"Đã hủy khoản ủng hộ có biên nhận số \d{4}/000002\."));
        await Expect(Page.Locator("#cancellation")).ToContainTextAsync("Ghi nhầm quỹ");
        await Session.GotoAsync(fundPath);
        await Expect(Page.Locator("#fund-balance")).ToHaveTextAsync("1.000.000\u00A0₫");

        // The list of donations by days typed dd/MM/yyyy and by cancellation: only the cancelled one.
        await Session.GotoAsync("/Fundraising/Donations");
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Page.Locator("#from").FillAsync(today);
        await Page.Locator("#to").FillAsync(today);
        await Page.Locator("#cancelled").SelectOptionAsync("true");
        await Page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tìm kiếm" }).ClickAsync();
        await Expect(Page.Locator("main table.donation-list tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("main table.donation-list tbody tr")).ToContainTextAsync("Đã hủy");

        // The donor withdraws the consent: recorded again, and the donor's page lists the gift.
        await Session.GotoAsync("/Fundraising/Donors");
        await Page.Locator("main table.donor-list").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = donor }).ClickAsync();
        await Expect(Page.Locator("#donor-donations tr[data-receipt]")).ToHaveCountAsync(1);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Sửa" }).ClickAsync();
        await Page.Locator("#Input_PublishName").UncheckAsync();
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();
        await Expect(Page.Locator("main .alert-success")).ToContainTextAsync($"Đã lưu nhà hảo tâm \"{donor}\".");
        await Expect(Page.Locator("#publish-consent")).ToContainTextAsync("Đồng ý công khai tên: Không");
        await Expect(Page.Locator("#publish-consent")).ToContainTextAsync("Ghi nhận lúc");

        // A gift in dollars: the đồng are fixed from the amount and the day's rate, typed as Vietnam writes it.
        await Session.GotoAsync(fundPath);
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ghi nhận khoản ủng hộ" }).ClickAsync();
        await Page.Locator("#donation-entry").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Ngoại tệ" }).ClickAsync();
        await Page.Locator("#Input_Currency").FillAsync("usd");
        await Page.Locator("#Input_ForeignAmount").FillAsync("100");
        await Page.Locator("#Input_ExchangeRate").FillAsync("25.400");
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ghi nhận và cấp biên nhận" }).ClickAsync();
        await Expect(Page.Locator("#donation-amount")).ToHaveTextAsync("2.540.000\u00A0₫");
        await Expect(Page.Locator("#donation-foreign")).ToContainTextAsync("100,00 USD");

        Session.ShouldHaveNoPageProblems();
    }
}
