using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The Organization module's pages (a Razor class library inside the module) as Hà Nội's admin uses
/// them: found through the main menu, Vietnamese first, refusals beside the field they concern.
/// </summary>
public sealed class OrganizationPages_Tests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTestBase(fixture, output)
{
    private const string Tenant = "ha-noi";
    private const string BaDinhChapter = "Hội Chữ thập đỏ quận Ba Đình";

    [Fact]
    public async Task Should_open_units_from_the_menu_and_find_Ba_Dinh_chapter_by_a_search_without_diacritics()
    {
        await Session.SignInAsync(Tenant, "admin");

        // The module's entries sit in one "Tổ chức" group of the main menu.
        await Session.Navigation.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tổ chức", Exact = true }).ClickAsync();
        await Session.NavigationLink("Đơn vị").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Organization/Units$"));
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Đơn vị");
        // The entry (in the closed dropdown now) and its group are marked as where the user is.
        await Expect(Session.Navigation.Locator("a[data-menu='Organization.Units']")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Session.Navigation.Locator("[data-menu='Organization'] > .nav-link")).ToHaveClassAsync(new Regex(@"\bactive\b"));
        // Unfiltered, the units form a tree: the city chapter at the top, its districts' chapters indented below it.
        await Expect(Page.Locator("main table tbody tr[data-unit-code='HN-HCTD'] td").Nth(1)).ToHaveClassAsync(new Regex(@"\btree-depth-0\b"));
        await Expect(Page.Locator("main table tbody tr[data-unit-code='HN-HCTD-001'] td").Nth(1)).ToHaveClassAsync(new Regex(@"\btree-depth-1\b"));

        await Page.Locator("#filter").FillAsync("ba dinh");
        await Page.Locator("#filter").PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex(@"[?&]filter=ba(\+|%20)dinh"));
        var rows = Page.Locator("main table tbody tr");
        var chapter = rows.Filter(new LocatorFilterOptions { HasText = BaDinhChapter });
        await Expect(chapter).ToHaveCountAsync(1);
        // Searching, the list is flat and names each unit's parent.
        await Expect(chapter.Locator("td").Nth(3)).ToHaveTextAsync("Hội Chữ thập đỏ thành phố Hà Nội");
        await Expect(rows.Filter(new LocatorFilterOptions { HasText = "Hoàn Kiếm" })).ToHaveCountAsync(0);
        await Session.ScreenshotAsync("org-01-units-search");

        await chapter.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = BaDinhChapter }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(BaDinhChapter);

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_refuse_a_unit_code_already_used_with_the_Vietnamese_message_beside_the_code_field()
    {
        var name = $"Đơn vị thử {UniqueSuffix()}";
        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Units");
        await Page.Locator("main .page-actions").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Thêm đơn vị" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Thêm đơn vị");

        // Ba Đình's chapter has HN-HCTD-001: codes are compared with case (and marks) folded.
        await Page.GetByLabel("Mã đơn vị", new PageGetByLabelOptions { Exact = true }).FillAsync("hn-hctd-001");
        await Page.GetByLabel("Tên đơn vị", new PageGetByLabelOptions { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Loại đơn vị", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "RedCrossChapter" });
        await Page.GetByLabel("Trực thuộc", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hội Chữ thập đỏ thành phố Hà Nội (HN-HCTD)" });
        await Session.MainForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        var message = Page.Locator("main span[data-valmsg-for='Input.Code']");
        await Expect(message).ToHaveClassAsync(new Regex(@"\bfield-validation-error\b"));
        await Expect(message).ToHaveTextAsync("Mã đơn vị 'hn-hctd-001' đã được dùng cho một đơn vị khác (không phân biệt chữ hoa, chữ thường và dấu).");
        await Expect(Page.Locator("#Input_Code")).ToHaveClassAsync(new Regex(@"\binput-validation-error\b"));
        await Expect(Page.Locator("main .field-validation-error")).ToHaveCountAsync(1);
        await Expect(Page.Locator("main .form-errors")).ToBeVisibleAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/Organization/Units/Create");
        // What was typed and chosen is kept.
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync(name);
        await Expect(Page.Locator("#Input_Kind")).ToHaveValueAsync("RedCrossChapter");
        await Session.ScreenshotAsync("org-02-unit-duplicate-code");

        // Nothing was created.
        await Session.GotoAsync("/Organization/Units?filter=" + Uri.EscapeDataString(name));
        await Expect(Page.Locator("main table tbody td.table-empty")).ToBeVisibleAsync();

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_add_a_contact_who_receives_reminders_to_a_unit_once_an_e_mail_is_given()
    {
        var contactName = $"Nguyễn Thị Liên Hệ {UniqueSuffix()}";
        var email = $"lien.he.{UniqueSuffix()}@example.org";
        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Units?filter=HN-HCTD-001");
        await Page.Locator("main table tbody").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = BaDinhChapter }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(BaDinhChapter);
        var contacts = Page.Locator("main table.contact-list tbody tr");
        var before = await contacts.CountAsync();

        var form = Page.Locator("main form.contact-form");
        await form.GetByLabel("Họ tên", new LocatorGetByLabelOptions { Exact = true }).FillAsync(contactName);
        await form.GetByLabel("Chức vụ", new LocatorGetByLabelOptions { Exact = true }).FillAsync("Cán bộ Văn phòng Hội");
        await form.GetByLabel("Số điện thoại", new LocatorGetByLabelOptions { Exact = true }).FillAsync("0912 345 678");
        await form.GetByLabel("Nhận nhắc việc", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Thêm người liên hệ" }).ClickAsync();

        // Reminders are e-mailed: the service refuses a receiver without an address, beside the e-mail field.
        await Expect(Page.Locator("main span[data-valmsg-for='Input.Email']")).ToHaveTextAsync("Người nhận nhắc việc phải có địa chỉ e-mail.");
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync(contactName);
        await Expect(contacts).ToHaveCountAsync(before);

        await form.GetByLabel("E-mail", new LocatorGetByLabelOptions { Exact = true }).FillAsync(email);
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Thêm người liên hệ" }).ClickAsync();

        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync($"Đã thêm người liên hệ '{contactName}'.");
        await Expect(contacts).ToHaveCountAsync(before + 1);
        var row = contacts.Filter(new LocatorFilterOptions { HasText = contactName });
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Cán bộ Văn phòng Hội");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(email);
        await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("Có");
        // The form is empty again for the next contact.
        await Expect(Page.Locator("#Input_Name")).ToHaveValueAsync("");
        await Session.ScreenshotAsync("org-03-unit-contact-added");

        Session.ShouldHaveNoPageProblems();
    }

    [Fact]
    public async Task Should_refuse_a_text_file_renamed_pdf_as_a_document_attachment_with_a_Vietnamese_message()
    {
        await Session.SignInAsync(Tenant, "admin");
        await Session.GotoAsync("/Organization/Documents?filter=" + Uri.EscapeDataString("3553/KH"));
        await Page.Locator("main table tbody").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "3553/KH-TTBVĐTCQ" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Kế hoạch 3553/KH-TTBVĐTCQ");
        var attachments = Page.Locator("main table.attachment-list tbody tr");
        var before = await attachments.AllInnerTextsAsync();

        var upload = Page.Locator("main form.attachment-upload");
        await Expect(upload).ToHaveAttributeAsync("enctype", "multipart/form-data");
        var file = upload.Locator("input[type=file]");
        await Expect(file).ToHaveAttributeAsync("accept", ".pdf,.docx,.xlsx");
        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "bao-cao-gia.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.UTF8.GetBytes("Đây là một tệp văn bản thường, không phải PDF."),
        });
        await upload.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tải lên", Exact = true }).ClickAsync();

        var message = Page.Locator("main span[data-valmsg-for='Input.File']");
        await Expect(message).ToHaveClassAsync(new Regex(@"\bfield-validation-error\b"));
        await Expect(message).ToHaveTextAsync("Nội dung tệp 'bao-cao-gia.pdf' không đúng loại tệp theo phần mở rộng.");
        await Expect(Page.Locator("main .form-errors")).ToBeVisibleAsync();
        await Expect(Page.Locator("main .alert-success")).ToHaveCountAsync(0);
        // Nothing was stored.
        (await attachments.AllInnerTextsAsync()).ShouldBe(before);
        await Expect(Page.Locator("main table.attachment-list")).Not.ToContainTextAsync("bao-cao-gia.pdf");
        await Session.ScreenshotAsync("org-04-attachment-refused");

        Session.ShouldHaveNoPageProblems();
    }
}
