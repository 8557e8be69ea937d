using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Tests.Domain;

/// <summary>The unit's own rules, without host or database; the tree's (parent in reach, no cycle deeper down) are UnitManager's.</summary>
public sealed class Unit_Tests
{
    private static Unit NewUnit(Guid? parentId = null) =>
        new(Guid.NewGuid(), " HCTD-01 ", " Hội Chữ thập đỏ phường Ba Đình ", UnitKind.RedCrossChapter, parentId);

    [Fact]
    public void Should_refuse_to_be_its_own_parent()
    {
        var unit = NewUnit();

        var refused = Should.Throw<BusinessException>(() => unit.MoveTo(unit.Id));

        refused.Code.ShouldBe(OrganizationErrorCodes.UnitParentCycle);
        refused.Members.ShouldBe([nameof(Unit.ParentId)]);
        unit.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Should_move_to_another_parent_and_back_to_the_top()
    {
        var parentId = Guid.NewGuid();
        var unit = NewUnit(parentId);
        unit.ParentId.ShouldBe(parentId);

        unit.MoveTo(null);

        unit.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Should_keep_code_and_name_trimmed_and_folded()
    {
        var unit = NewUnit();

        unit.Code.ShouldBe("HCTD-01");
        unit.NormalizedCode.ShouldBe("hctd-01");
        unit.Update(" Hội Chữ thập đỏ phường Đống Đa ", UnitKind.Other);

        unit.Name.ShouldBe("Hội Chữ thập đỏ phường Đống Đa");
        unit.NormalizedName.ShouldBe("hoi chu thap do phuong dong da");
        unit.Kind.ShouldBe(UnitKind.Other);
    }

    [Fact]
    public void Should_refuse_a_blank_code_or_name()
    {
        var unit = NewUnit();

        Should.Throw<ArgumentException>(() => unit.SetCode(" "));
        Should.Throw<ArgumentException>(() => unit.Update("", UnitKind.Other));
        unit.Code.ShouldBe("HCTD-01");
        unit.Name.ShouldBe("Hội Chữ thập đỏ phường Ba Đình");
    }

    [Fact]
    public void Should_be_active_until_deactivated()
    {
        var unit = NewUnit();
        unit.IsActive.ShouldBeTrue();

        unit.Deactivate();
        unit.IsActive.ShouldBeFalse();
        unit.Activate();
        unit.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_reminder_receiver_without_an_e_mail_address()
    {
        var unit = NewUnit();

        var refused = Should.Throw<BusinessException>(() => unit.AddContact("Nguyễn Văn An", email: " ", receivesReminders: true));

        refused.Code.ShouldBe(OrganizationErrorCodes.ReminderContactNeedsEmail);
        refused.Members.ShouldBe([nameof(UnitContact.Email)]);
        unit.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_a_contact_unchanged_when_its_update_drops_the_address_of_a_reminder_receiver()
    {
        var contact = NewUnit().AddContact("Nguyễn Văn An", "Chuyên viên", "an@example.org", null, receivesReminders: true);

        Should.Throw<BusinessException>(() => contact.Update("Nguyễn Văn An", "Chuyên viên", null, null, receivesReminders: true))
            .Code.ShouldBe(OrganizationErrorCodes.ReminderContactNeedsEmail);

        contact.Email.ShouldBe("an@example.org");
        contact.ReceivesReminders.ShouldBeTrue();
    }

    [Fact]
    public void Should_store_a_contact_trimmed_with_blank_details_as_none()
    {
        var contact = NewUnit().AddContact(" Nguyễn Văn An ", " ", " an@example.org ", "", receivesReminders: true);

        contact.Name.ShouldBe("Nguyễn Văn An");
        contact.Position.ShouldBeNull();
        contact.Email.ShouldBe("an@example.org");
        contact.Phone.ShouldBeNull();
    }
}
