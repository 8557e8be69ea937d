using Humanitarian.Framework.Application;

namespace Humanitarian.Web.SettingManagement;

/// <summary>The e-mail settings' service; the settings pages call it through this interface, so its permission holds for them.</summary>
public interface IEmailSettingsAppService : IApplicationService
{
    Task<EmailSettingsDto> GetAsync();

    Task UpdateAsync(UpdateEmailSettingsDto input);

    /// <summary>A tenant forgets every e-mail setting of its own and uses the national level's again.</summary>
    Task ResetAsync();

    Task SendTestEmailAsync(SendTestEmailInput input);
}
