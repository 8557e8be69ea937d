using Humanitarian.Framework.Domain;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Tests.Domain;

/// <summary>The administrative area's own rules, without host or database.</summary>
public sealed class AdministrativeArea_Tests
{
    private static AdministrativeArea NewArea() =>
        new(Guid.NewGuid(), "00004", "Phường Ba Đình", AdministrativeAreaLevel.Ward, null);

    [Fact]
    public void Should_refuse_to_lie_inside_itself()
    {
        var area = NewArea();

        var refused = Should.Throw<BusinessException>(() => area.MoveTo(area.Id));

        refused.Code.ShouldBe(OrganizationErrorCodes.AdministrativeAreaParentCycle);
        refused.Members.ShouldBe([nameof(AdministrativeArea.ParentId)]);
        area.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_to_be_created_inside_itself()
    {
        var id = Guid.NewGuid();

        Should.Throw<BusinessException>(() => new AdministrativeArea(id, "00004", "Phường Ba Đình", AdministrativeAreaLevel.Ward, id))
            .Code.ShouldBe(OrganizationErrorCodes.AdministrativeAreaParentCycle);
    }

    [Fact]
    public void Should_refuse_a_blank_code_or_name()
    {
        var area = NewArea();

        Should.Throw<ArgumentException>(() => area.SetCode(""));
        Should.Throw<ArgumentException>(() => area.SetName(" "));
        area.Code.ShouldBe("00004");
        area.Name.ShouldBe("Phường Ba Đình");
        area.FormerNames.ShouldBeNull();
    }
}
