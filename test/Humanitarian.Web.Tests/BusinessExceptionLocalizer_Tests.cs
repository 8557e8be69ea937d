using System.Globalization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Localization;
using Humanitarian.Organization;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Tests;

/// <summary>How a coded business error thrown by an entity reads in the API and the pages (no host needed).</summary>
public sealed class BusinessExceptionLocalizer_Tests
{
    private static BusinessExceptionLocalizer CreateLocalizer()
    {
        var options = new AbpExceptionLocalizationOptions();
        options.MapCodeNamespace("Organization", typeof(OrganizationResource));
        return new BusinessExceptionLocalizer(Options.Create(options), new JsonStringLocalizerFactory());
    }

    private static string InCulture(string culture, Func<string> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void Should_fill_the_codes_text_from_the_data_with_localized_enums()
    {
        var error = new BusinessException(OrganizationErrorCodes.PositionAlreadyHeld)
            .WithData("position", CommitteePosition.StandingDeputy).WithData("holder", "Nguyễn Văn An");

        InCulture("vi-VN", () => CreateLocalizer().GetMessage(error)).ShouldBe(
            "Vị trí Phó ban thường trực đã có Nguyễn Văn An đảm nhiệm trong thời gian này. Hãy dùng chức năng thay thế thành viên.");
        InCulture("en", () => CreateLocalizer().GetMessage(error)).ShouldBe(
            "The position Standing deputy is held by Nguyễn Văn An during this period. Replace the member instead.");
    }

    [Fact]
    public void Should_write_dates_day_first_whatever_the_culture()
    {
        var error = new BusinessException(OrganizationErrorCodes.SuccessorStartsTooEarly).WithData("termStart", new DateOnly(2025, 3, 9));

        InCulture("en", () => CreateLocalizer().GetMessage(error)).ShouldContain("09/03/2025");
    }

    [Fact]
    public void Should_keep_a_ready_message_and_an_unmapped_code_as_they_are()
    {
        var localizer = CreateLocalizer();

        localizer.GetMessage(new BusinessException(OrganizationErrorCodes.PositionAlreadyHeld, "Đã có người giữ vị trí.")).ShouldBe("Đã có người giữ vị trí.");
        localizer.GetMessage(new BusinessException("Campaigns:Unknown")).ShouldBe("Campaigns:Unknown");
    }

    [Fact]
    public void Should_name_the_fields_as_json_clients_spell_them()
    {
        var error = new BusinessException(OrganizationErrorCodes.LegalBasisNeedsDocumentOrReference)
            .WithMember("LegalBasis[2].Reference").WithMember("ParentId");

        BusinessExceptionLocalizer.GetMembers(error).ShouldBe(["legalBasis[2].reference", "parentId"]);
    }
}
