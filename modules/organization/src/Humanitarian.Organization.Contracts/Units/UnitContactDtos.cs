using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Units;

public sealed class UnitContactDto : EntityDto<Guid>
{
    public string Name { get; set; } = "";
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Deadline reminders for the unit are e-mailed to this contact.</summary>
    public bool ReceivesReminders { get; set; }
}

public class CreateUnitContactDto
{
    [Required, StringLength(UnitConsts.MaxContactNameLength)]
    public string Name { get; set; } = "";

    [StringLength(UnitConsts.MaxContactPositionLength)]
    public string? Position { get; set; }

    [EmailAddress, StringLength(UnitConsts.MaxContactEmailLength)]
    public string? Email { get; set; }

    [Phone, StringLength(UnitConsts.MaxContactPhoneLength)]
    public string? Phone { get; set; }

    public bool ReceivesReminders { get; set; }
}

public sealed class UpdateUnitContactDto : CreateUnitContactDto;
