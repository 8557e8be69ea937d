using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.TextTemplating;
using Humanitarian.Web.Localization;

namespace Humanitarian.Web.Account;

/// <summary>The account e-mails' templates: ABP's name for the reset link, ours for the others.</summary>
public static class AccountEmailTemplates
{
    public const string PasswordResetLink = "Abp.Account.PasswordResetLink";
    public const string Invitation = "Humanitarian.Account.Invitation";
    public const string LockoutNotice = "Humanitarian.Account.LockoutNotice";
}

/// <summary>What the invitation and the reset link show: whose account, where to set the password, until when.</summary>
/// <param name="TenantName">The province or district's display name; empty for the national level.</param>
public sealed record PasswordLinkEmailModel(string UserName, string TenantName, string Link, int ExpiresInHours);

/// <summary>What the lockout notice shows: whose account, for how long, from where, and how to reset the password.</summary>
public sealed record LockoutNoticeEmailModel(string UserName, string TenantName, int LockedMinutes, string ClientAddress, string ForgotPasswordLink);

public sealed class AccountEmailTemplateDefinitionProvider : TemplateDefinitionProvider
{
    private static readonly PasswordLinkEmailModel SampleLink =
        new("nguyen.van.a", "Ha Noi", "http://127.0.0.1:5000/Account/ResetPassword?userId=...&resetToken=...", 24);

    public override void Define(ITemplateDefinitionContext context)
    {
        context.Add(Template(AccountEmailTemplates.PasswordResetLink).WithSampleModel(SampleLink));
        context.Add(Template(AccountEmailTemplates.Invitation).WithSampleModel(SampleLink));
        context.Add(Template(AccountEmailTemplates.LockoutNotice).WithSampleModel(
            new LockoutNoticeEmailModel("nguyen.van.a", "Ha Noi", 5, "203.0.113.7", "http://127.0.0.1:5000/Account/ForgotPassword")));
    }

    private static TemplateDefinition Template(string name) =>
        new(name, "TextTemplate:" + name, typeof(HumanitarianResource), layout: StandardEmailTemplates.Layout);
}
