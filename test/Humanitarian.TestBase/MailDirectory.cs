using System.Collections.Concurrent;
using MimeKit;

namespace Humanitarian.TestBase;

/// <summary>A message an SMTP server took: to whom, and the Message-ID it carried (<c>&lt;id@host&gt;</c>).</summary>
public sealed record DeliveredMail(string To, string MessageId);

/// <summary>
/// The Maildir an aiosmtpd Mailbox handler writes: each message it takes becomes a file in <c>new/</c>
/// (written in <c>tmp/</c> and renamed, so a file there is complete).
/// </summary>
public sealed class MailDirectory(string path)
{
    private readonly ConcurrentDictionary<string, DeliveredMail> _read = new();

    public string Path { get; } = path;

    /// <summary>Every message delivered so far; each file's headers are read once, since tests poll while hundreds arrive.</summary>
    public List<DeliveredMail> Delivered()
    {
        var incoming = System.IO.Path.Combine(Path, "new");
        return Directory.Exists(incoming)
            ? Directory.EnumerateFiles(incoming).Select(file => _read.GetOrAdd(file, Read)).ToList()
            : [];
    }

    private static DeliveredMail Read(string file)
    {
        using var stream = File.OpenRead(file);
        var headers = HeaderList.Load(stream);
        var to = headers[HeaderId.To] ?? throw new InvalidDataException($"{file} has no To header.");
        var messageId = headers[HeaderId.MessageId] ?? throw new InvalidDataException($"{file} has no Message-ID header.");
        return new DeliveredMail(InternetAddressList.Parse(to).Mailboxes.Single().Address, messageId.Trim());
    }
}
